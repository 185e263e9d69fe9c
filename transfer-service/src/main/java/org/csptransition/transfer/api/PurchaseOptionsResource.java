package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.Subscriptions;
import org.csptransition.transfer.domain.PurchaseKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/v1/customers/{customerTenantId}/purchase-options")
@Tag(name = "Subscriptions", description = "T1 a customer's subscriptions: import, purchase, seat changes and suspension")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOptionsResource {

    private final Subscriptions subscriptions;
    private final Caller caller;
    private final Messages messages;

    PurchaseOptionsResource(Subscriptions subscriptions, Caller caller, Messages messages) {
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.messages = messages;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listPurchaseOptions", summary = "What the caller may buy for the customer",
            description = "R2/E5: for each kind of purchase (NEW_SUBSCRIPTION, ADD_ON, ONE_TIME_PURCHASE) whether the caller may make it "
                    + "for this customer, and if not the code and reason a purchase would be refused with (e.g. DIRECT_BILL_RESTRICTED, "
                    + "CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER). The same rules decide the purchase itself.")
    @APIResponse(responseCode = "200", description = "One entry per kind", content = @Content(schema = @Schema(implementation = PurchaseOptions.class),
            examples = @ExampleObject(name = "restricted", value = "{\"items\":[{\"kind\":\"NEW_SUBSCRIPTION\",\"allowed\":false,"
                    + "\"reasonCode\":\"DIRECT_BILL_RESTRICTED\",\"reason\":\"The partner's direct-bill capabilities are restricted: existing "
                    + "subscriptions keep working, new purchases are refused\"}]}")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A customer the caller is no party to (or unknown)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the caller's partner profile has not reached this service yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOptions list(@PathParam("customerTenantId") UUID customer,
                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        var locale = messages.resolve(acceptLanguage);
        return new PurchaseOptions(subscriptions.purchaseOptions(customer, caller.tenantId()).entrySet().stream()
                .map(e -> e.getValue().refusals().stream().findFirst()
                        .map(r -> new PurchaseOption(e.getKey(), false, r.code(),
                                messages.format(locale, r.code(), r.context(), r.message())))
                        .orElse(new PurchaseOption(e.getKey(), true, null, null)))
                .toList());
    }

    /** Whether a kind of purchase is open to the caller; when not, the refusal's code and reason in the caller's language. */
    public record PurchaseOption(PurchaseKind kind, boolean allowed, String reasonCode, String reason) {
    }

    public record PurchaseOptions(List<PurchaseOption> items) {
    }

}
