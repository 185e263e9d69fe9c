package org.csptransition.relationship.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.ProblemException;
import org.csptransition.relationship.domain.NotFoundException;
import org.csptransition.relationship.domain.Refusal;
import org.csptransition.relationship.domain.RefusedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A rule's refusal becomes a problem with the rule's reason code: 409 for a conflict with the current state, else 422.
 * An object that does not exist or that the caller is no party to is a plain 404.
 */
public class RefusalMapper {

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri) {
        List<Refusal> refusals = e.refusals();
        Refusal first = refusals.get(0);
        boolean conflict = refusals.stream().anyMatch(r -> r.kind() == Refusal.Kind.CONFLICT);
        int status = conflict ? 409 : 422;
        String code = refusals.stream().filter(r -> !conflict || r.kind() == Refusal.Kind.CONFLICT).findFirst().orElse(first).code();
        List<Problem.FieldError> errors = refusals.stream()
                .filter(r -> r.field() != null)
                .map(r -> new Problem.FieldError(r.field(), r.message(), r.code()))
                .toList();
        String detail = refusals.size() == 1 ? first.message()
                : String.join("; ", refusals.stream().map(Refusal::message).toList());
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, conflict ? "Conflict" : "Refused", detail, errors, null).at(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Response.status(404).type(Problem.MEDIA_TYPE)
                .entity(ProblemException.notFound(e.what(), e.id()).toProblem().at(uri.getPath()))
                .build();
    }
}
