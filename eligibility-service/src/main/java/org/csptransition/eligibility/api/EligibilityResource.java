package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.DirectBillEligibilityCheck;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

@Path("/v1/partners/{tenantId}/direct-bill-eligibility")
@Tag(name = "Direct-bill eligibility", description = "E2 requirements as policy versions with an effective date")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final DirectBillEligibilityCheck check;
    private final Messages messages;
    private final Caller caller;
    private final Clock clock;

    EligibilityResource(DirectBillEligibilityCheck check, Messages messages, Caller caller, Clock clock) {
        this.check = check;
        this.messages = messages;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getDirectBillEligibility", summary = "Direct-bill eligibility as of a date",
            description = "Evaluates every requirement of the policy version in force on asOf (E2): met or not, kind (MINIMUM or RECOMMENDATION), "
                    + "a stable reason code, the evidence and a message in the language of Accept-Language (en, sv, nl, fr; English otherwise). "
                    + "Eligible = every minimum met. The tenant itself or the operator.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EligibilityResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "NO_POLICY_IN_FORCE: asOf is before the first policy version (2020-10-27)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluate(@PathParam("tenantId") UUID tenantId,
                             @Parameter(description = "ISO date; today when absent", example = "2021-05-01") @QueryParam("asOf") String asOf,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, UriInfo uri) {
        Access.tenantOrOperator(caller, tenantId);
        LocalDate date = AsOf.parse(asOf, clock);
        Locale locale = messages.resolve(acceptLanguage);
        var evaluation = check.evaluate(tenantId, date);
        return Response.ok(EligibilityResponse.of(tenantId, evaluation, messages, locale)).language(locale).build();
    }
}
