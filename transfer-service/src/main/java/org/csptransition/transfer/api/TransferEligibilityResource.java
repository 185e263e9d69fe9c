package org.csptransition.transfer.api;

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
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.TransferEligibilityQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

@Path("/v1/customers/{customerTenantId}/transferseligibility")
@Tag(name = "Transfers", description = "T2-T11 the direct-to-indirect transfer, on Partner Center's API shape")
@Produces(MediaType.APPLICATION_JSON)
public class TransferEligibilityResource {

    private final TransferEligibilityQuery eligibility;
    private final Messages messages;
    private final Caller caller;

    TransferEligibilityResource(TransferEligibilityQuery eligibility, Messages messages, Caller caller) {
        this.eligibility = eligibility;
        this.messages = messages;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransferEligibility", summary = "Transfer eligibility of the caller's subscriptions of a customer",
            description = "T2/T11: every subscription the caller owns of the customer, eligible or not with a stable reason code: only "
                    + "Office 365 license-based and Azure PAYG move (for the rest: cancel and buy anew through the provider), only active "
                    + "ones, none already in another active transfer (named in transferId), add-ons travel with their base, and the "
                    + "partner must have completed the indirect-reseller enrollment. Reasons in the caller's language (Accept-Language).")
    @APIResponse(responseCode = "200", description = "One entry per subscription",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = EligibilityItem.class)))
    @APIResponse(responseCode = "400", description = "UNSUPPORTED_TRANSFER_TYPE: transferType must be directToIndirect", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A customer the caller is no party to (or unknown)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner has not reached this service yet; retry after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("customerTenantId") UUID customer,
                        @Parameter(description = "directToIndirect (any case)", required = true) @QueryParam("transferType") String transferType,
                        @Parameter(description = "Accepted for Partner Center compatibility; eligibility does not depend on the target (T3 checks it)")
                        @QueryParam("targetPartnerTenantId") UUID targetPartnerTenantId,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (transferType == null || !transferType.matches(TransferBodies.DIRECT_TO_INDIRECT)) {
            throw new RefusedException(Refusal.malformed("UNSUPPORTED_TRANSFER_TYPE", null, "transferType must be directToIndirect"));
        }
        Locale locale = messages.resolve(acceptLanguage);
        return Response.ok(eligibility.of(customer, caller.tenantId()).stream().map(e -> EligibilityItem.of(e, messages, locale)).toList())
                .language(locale).build();
    }
}
