package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.Subscriptions;
import org.csptransition.transfer.domain.QuantityDrift;
import org.csptransition.transfer.domain.Subscription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/v1/customers/{customerTenantId}/subscriptions")
@Tag(name = "Subscriptions", description = "T1 a customer's subscriptions: import, purchase, seat changes and suspension")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Idempotency idempotency;
    private final Caller caller;

    SubscriptionResource(Subscriptions subscriptions, Idempotency idempotency, Caller caller) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.PROGRAM_OPERATOR, Roles.ADMIN_AGENT})
    @Operation(operationId = "createSubscription", summary = "Import or buy a subscription",
            description = "T1. The program operator imports an existing direct-bill subscription of ownerPartnerTenantId; a partner's "
                    + "AdminAgent buys a new subscription, an add-on (it names its base) or a one-time purchase (billingCycle one_time: "
                    + "SOFTWARE or AZURE_RESERVATION): the direct-bill partner for its direct-bill customer, refused while its DIRECT_BILL "
                    + "program is RESTRICTED (E5); the provider for an indirect-reseller customer; never the reseller (R2). "
                    + "GET purchase-options says which the caller may make. AZURE_PAYG is the offer MS-AZR-0145P with its azureSubscriptionId.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_FIELD (e.g. an unknown productType), UNKNOWN_FIELD, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither the operator nor an AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A purchase for a customer the partner is no party to (or unknown)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CUSTOMER_IS_INDIRECT_RESELLER_CUSTOMER, NOT_DIRECT_BILL_PARTNER_OF_CUSTOMER, PROVIDER_PROGRAM_NOT_ACTIVE, DIRECT_BILL_RESTRICTED, DIRECT_BILL_NOT_HELD, DIRECT_BILL_NOT_ACTIVE, BASE_SUBSCRIPTION_NOT_ACTIVE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "OWNER_IS_NOT_CALLER, AZURE_PAYG_OFFER_MISMATCH, AZURE_SUBSCRIPTION_ID_REQUIRED, AZURE_SUBSCRIPTION_ID_NOT_APPLICABLE, BASE_SUBSCRIPTION_NOT_FOUND, ADDON_NOT_APPLICABLE, ONE_TIME_PURCHASE_NOT_APPLICABLE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the owner or the customer has not reached this service yet; retry after Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("customerTenantId") UUID customer, @NotNull @Valid SubscriptionRequests.NewSubscriptionRequest request,
                           @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.run(caller.tenantId(), "subscriptions.create", key, new SubscriptionRequests.KeyedNewSubscription(customer, request),
                () -> {
                    Subscription created = createSubscription(customer, request);
                    return new Idempotency.Created(201, SubscriptionResponse.of(created),
                            uri.getAbsolutePathBuilder().path(created.id().toString()).build());
                });
    }

    private Subscription createSubscription(UUID customer, SubscriptionRequests.NewSubscriptionRequest request) {
        Subscription created;
        if (caller.isOperator()) {
            if (request.ownerPartnerTenantId() == null) {
                throw new RefusedException(Refusal.malformed("VALIDATION_FAILED", "ownerPartnerTenantId",
                        "An import names its ownerPartnerTenantId"));
            }
            created = subscriptions.importExisting(customer, request.ownerPartnerTenantId(), request.toSpec(), caller.userId());
        } else {
            if (request.ownerPartnerTenantId() != null && !request.ownerPartnerTenantId().equals(caller.tenantId())) {
                throw new RefusedException(Refusal.invalid("OWNER_IS_NOT_CALLER", "ownerPartnerTenantId",
                        "A partner buys only for itself: leave ownerPartnerTenantId out"));
            }
            created = subscriptions.purchase(customer, caller.tenantId(), request.toSpec(), caller.userId());
        }
        return created;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listSubscriptions", summary = "The caller's subscriptions of a customer", description = "T1: every subscription of the customer the caller owns (Azure originals that moved are no longer listed); R2: for the customer's indirect reseller also those its providers bought for it.")
    @APIResponse(responseCode = "200", description = "The subscriptions", content = @Content(schema = @Schema(implementation = SubscriptionList.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A customer the caller is no party to (or unknown)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionList list(@PathParam("customerTenantId") UUID customer) {
        return SubscriptionList.of(subscriptions.list(customer, caller.tenantId()).stream().map(SubscriptionResponse::of).toList());
    }

    @GET
    @Path("/{subscriptionId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getSubscription", summary = "One subscription", description = "T1: only its owner sees it (R2: and the customer's indirect reseller, for a subscription of its provider); anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The subscription", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("customerTenantId") UUID customer, @PathParam("subscriptionId") UUID id) {
        Subscription subscription = subscriptions.get(customer, caller.tenantId(), id);
        return Response.ok(SubscriptionResponse.of(subscription)).header(HttpHeaders.ETAG, ETags.of(subscription.version())).build();
    }

    @PATCH
    @Path("/{subscriptionId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "updateSubscription", summary = "Change seats, status or renewal",
            description = "T1: the owner changes the quantity of an active subscription, or suspends (SUSPENDED), reactivates (ACTIVE) or "
                    + "deletes (DELETED) it, or sets autoRenew; all work while its direct-bill program is restricted (E5). R2: the reseller "
                    + "of an indirect-reseller customer changes the quantity (licences) and autoRenew (renewals) of its provider's "
                    + "subscriptions, never their status (RESELLER_MANAGES_LICENSES_AND_RENEWALS). T9: a moved license-based original "
                    + "may be reactivated or deleted by its owner, its seats never change (SUBSCRIPTION_TRANSFERRED). T10: a seat change inside an "
                    + "active transfer succeeds and says so in warnings (QUANTITY_DRIFT_IN_ACTIVE_TRANSFER): the request keeps its quantity. "
                    + "If-Match: the subscription's ETag.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, NOTHING_TO_CHANGE, INVALID_FIELD (e.g. an unknown status)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "SUBSCRIPTION_NOT_ACTIVE, SUBSCRIPTION_DELETED, SUBSCRIPTION_TRANSFERRED, CONCURRENT_MODIFICATION", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "RESELLER_MANAGES_LICENSES_AND_RENEWALS: the reseller sent a status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("customerTenantId") UUID customer, @PathParam("subscriptionId") UUID id,
                           @NotNull @Valid SubscriptionRequests.SubscriptionChangeRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (request.quantity() == null && request.status() == null && request.autoRenew() == null) {
            throw new RefusedException(Refusal.malformed("NOTHING_TO_CHANGE", null, "Send a quantity, a status, autoRenew or several"));
        }
        var change = subscriptions.change(customer, caller.tenantId(), id, request.quantity(), request.status(), request.autoRenew(), ifMatch);
        SubscriptionResponse body = SubscriptionResponse.of(change.subscription(), change.drift()
                .map(d -> List.of(new SubscriptionResponse.Warning(QuantityDrift.CODE, d.message(), d.transferId(), d.snapshotQuantity(),
                        d.currentQuantity())))
                .orElse(List.of()));
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(change.subscription().version())).build();
    }
}
