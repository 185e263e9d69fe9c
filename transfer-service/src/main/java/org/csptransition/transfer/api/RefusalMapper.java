package org.csptransition.transfer.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.platform.http.Problem;
import org.csptransition.transfer.config.TransferConfig;
import org.csptransition.transfer.domain.NotFoundException;
import org.csptransition.transfer.domain.NotYetKnownException;
import org.csptransition.transfer.domain.Refusal;
import org.csptransition.transfer.domain.RefusedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's refusal becomes a problem with the rule's reason code: 403 for an act that belongs to the other party of a
 * transfer, 409 for a conflict with the current state, else 422;
 * a fact not learnt yet from another service is a retryable 503 with {@code Retry-After}; a missing or foreign object 404.
 */
public class RefusalMapper {

    private final TransferConfig config;

    RefusalMapper(TransferConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri) {
        List<Refusal> refusals = e.refusals();
        Refusal first = refusals.get(0);
        boolean forbidden = refusals.stream().anyMatch(r -> r.kind() == Refusal.Kind.FORBIDDEN);
        boolean conflict = refusals.stream().anyMatch(r -> r.kind() == Refusal.Kind.CONFLICT);
        int status = forbidden ? 403 : conflict ? 409 : 422;
        String title = forbidden ? "Forbidden" : conflict ? "Conflict" : "Refused";
        List<Problem.FieldError> errors = refusals.stream()
                .filter(r -> r.field() != null)
                .map(r -> new Problem.FieldError(r.field(), r.message(), r.code()))
                .toList();
        Map<String, Object> context = new LinkedHashMap<>();
        refusals.forEach(r -> r.context().forEach(context::putIfAbsent));
        String detail = refusals.size() == 1 ? first.message()
                : String.join("; ", refusals.stream().map(Refusal::message).distinct().toList());
        return problem(Problem.of(status, first.code(), title, detail, errors, context), uri).build();
    }

    @ServerExceptionMapper
    public Response notYetKnown(NotYetKnownException e, UriInfo uri) {
        long seconds = Math.max(1, config.retryAfter().toSeconds());
        return problem(Problem.of(503, NotYetKnownException.CODE, "Not yet known", e.getMessage(), null,
                Map.of("fact", e.fact(), "retryAfterSeconds", seconds)), uri)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(Problem.of(404, "NOT_FOUND", "Not found", e.getMessage(), null, null), uri).build();
    }

    private static Response.ResponseBuilder problem(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath()));
    }
}
