package org.csptransition.eligibility.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.domain.NotEligibleException;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.eligibility.domain.UnknownPartnerException;
import org.csptransition.eligibility.domain.policy.RequirementResult;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A rule's refusal becomes a problem with the rule's reason code: 409 for a conflict with the current state, else 422. */
public class RefusalMapper {

    private final Messages messages;

    RefusalMapper(Messages messages) {
        this.messages = messages;
    }

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

    /** E4: 422 NOT_ELIGIBLE_FOR_DIRECT_BILL, one error per unmet requirement (field = requirement code), in the caller's language. */
    @ServerExceptionMapper
    public Response notEligible(NotEligibleException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem.FieldError> errors = e.unmet().stream()
                .map(r -> new Problem.FieldError(r.code().name(), messages.format(locale, r.reasonCode(), r.evidence()), r.reasonCode()))
                .toList();
        String detail = messages.format(locale, NotEligibleException.CODE,
                Map.of("policyVersion", e.evaluation().policyVersion(), "count", e.unmet().size()));
        return Response.status(422).type(Problem.MEDIA_TYPE).language(locale)
                .entity(Problem.of(422, NotEligibleException.CODE, "Refused", detail, errors,
                        Map.of("policyVersion", e.evaluation().policyVersion(),
                                "unmetRequirements", e.unmet().stream().map(RequirementResult::code).map(Enum::name).toList()))
                        .at(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response unknownPartner(UnknownPartnerException e, UriInfo uri) {
        return Response.status(404).type(Problem.MEDIA_TYPE)
                .entity(ProblemException.notFound("Partner", e.tenantId()).toProblem().at(uri.getPath()))
                .build();
    }
}
