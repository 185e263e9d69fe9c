package org.csptransition.eligibility.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A rule's refusal becomes a problem with the rule's reason code: 409 for a conflict with the current state, else 422. */
public class RefusalMapper {

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri) {
        List<Refusal> refusals = e.refusals();
        Refusal first = refusals.get(0);
        boolean conflict = refusals.stream().anyMatch(r -> r.kind() == Refusal.Kind.CONFLICT);
        int status = conflict ? 409 : 422;
        List<Problem.FieldError> errors = refusals.stream()
                .filter(r -> r.field() != null)
                .map(r -> new Problem.FieldError(r.field(), r.message(), r.code()))
                .toList();
        String detail = refusals.size() == 1 ? first.message()
                : String.join("; ", refusals.stream().map(Refusal::message).toList());
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, first.code(), conflict ? "Conflict" : "Refused", detail, errors, null).at(uri.getPath()))
                .build();
    }
}
