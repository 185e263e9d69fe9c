package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.HandoverStatements;
import org.csptransition.transfer.application.TransferAcceptance;
import org.csptransition.transfer.application.TransferDecisions;
import org.csptransition.transfer.application.TransferQueries;
import org.csptransition.transfer.application.TransferRequests;
import org.csptransition.transfer.application.TransferVerifications;
import org.csptransition.transfer.application.TransferView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/customers/{customerTenantId}/transfers")
@Tag(name = "Transfers", description = "T2-T11 the direct-to-indirect transfer, on Partner Center's API shape")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    private final TransferRequests requests;
    private final TransferQueries queries;
    private final TransferDecisions decisions;
    private final TransferAcceptance acceptance;
    private final TransferVerifications verifications;
    private final Idempotency idempotency;
    private final Caller caller;
    private final HandoverStatements handovers;

    TransferResource(TransferRequests requests, TransferQueries queries, TransferDecisions decisions, TransferAcceptance acceptance,
                     TransferVerifications verifications, Idempotency idempotency, Caller caller, HandoverStatements handovers) {
        this.handovers = handovers;
        this.acceptance = acceptance;
        this.verifications = verifications;
        this.requests = requests;
        this.queries = queries;
        this.decisions = decisions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "createTransfer", summary = "Step 1: request a transfer",
            description = "T3: the source partner's AdminAgent asks one indirect provider to take over subscriptions of one customer. "
                    + "Preconditions, each with its own code: the indirect-reseller enrollment is complete (E6), the target is an active "
                    + "indirect provider and a partner of record of the customer (R3/R4), the customer's MCA is accepted for it (R5), every "
                    + "subscription is the partner's, of this customer, and eligible (T2). Add-ons join their base; each line keeps the "
                    + "quantity of the moment; the request is Active until expirationTime. T4: one active transfer per subscription, also "
                    + "under concurrent requests. Publishes transfer.created.v1. Idempotency-Key: the same key and body replay the answer.")
    @APIResponse(responseCode = "201", description = "Created: status Active, stage AWAITING_PROVIDER_DECISION",
            headers = @Header(name = "Location", description = "The new transfer"),
            content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (e.g. no lineItems, transferType not directToIndirect), UNKNOWN_FIELD, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A customer the caller is no party to (or unknown), whether or not its own profile is known here", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED, PROVIDER_NOT_PARTNER_OF_RECORD, MCA_NOT_ACCEPTED, "
            + "TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER (context.transferId names the holder), SUBSCRIPTION_NOT_ACTIVE, IDEMPOTENCY_REQUEST_IN_PROGRESS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "TARGET_NOT_INDIRECT_PROVIDER, SUBSCRIPTION_NOT_FOUND, SUBSCRIPTION_OF_ANOTHER_CUSTOMER, "
            + "PRODUCT_TYPE_NOT_TRANSFERABLE, ADDON_TRAVELS_WITH_BASE (errors[] names each line), IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: a fact from another service (partner, provider, customer, MCA status) "
            + "has not reached this service yet; retry after Retry-After. Never a wrong yes.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("customerTenantId") UUID customer, @NotNull @Valid TransferBodies.NewTransfer request,
                           @Parameter(in = ParameterIn.HEADER, description = "Replays the first answer for the same key and body (24 h)")
                           @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        UUID tenant = caller.tenantId();
        String by = caller.userId();
        return idempotency.run(tenant, "transfer.create", key, new TransferBodies.KeyedNewTransfer(customer, request), () -> {
            TransferView created = requests.create(customer, tenant, request.targetPartnerTenantId(),
                    request.lineItems().stream().map(TransferBodies.LineItem::subscriptionId).toList(), by);
            return new Idempotency.Created(201, TransferResponse.of(created),
                    uri.getAbsolutePathBuilder().path(created.transfer().id().toString()).build());
        });
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listTransfers", summary = "A customer's transfers", description = "The transfers of the customer the caller is the source or the target of, newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TransferList.class)))
    @APIResponse(responseCode = "400", description = "INVALID_STATUS, INVALID_PAGE_SIZE, INVALID_CONTINUATION_TOKEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A customer the caller is no party to (or unknown)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TransferList list(@PathParam("customerTenantId") UUID customer,
                             @Parameter(description = "Active, InProgress, Complete, PartiallyComplete, Failed, Rejected, Withdrawn, Expired (any case)")
                             @QueryParam("status") String status,
                             @Parameter(description = "1-200, default 50", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                                     minimum = "1", maximum = "200")) @QueryParam("size") String size,
                             @QueryParam("continuationToken") String continuationToken) {
        return TransferList.of(queries.list(TransferInboxResource.filter(caller.tenantId(), customer, "", status),
                TransferList.decode(continuationToken), TransferList.size(size)));
    }

    @GET
    @Path("/{transferId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransfer", summary = "One transfer", description = "The source or the target; anyone else gets 404. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The transfer", headers = @Header(name = HttpHeaders.ETAG, description = "Its version"),
            content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId) {
        return withETag(queries.get(customer, transferId, caller.tenantId()));
    }

    @DELETE
    @Path("/{transferId}")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "withdrawTransfer", summary = "Withdraw a request",
            description = "T5: the source withdraws its Active, unexpired request: Withdrawn, its subscriptions are free again. "
                    + "Publishes transfer.withdrawn.v1. If-Match: the transfer's ETag.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent; NOT_THE_SOURCE_PARTNER: the target cannot withdraw", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "TRANSFER_NOT_ACTIVE, TRANSFER_EXPIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        decisions.withdraw(customer, transferId, caller.tenantId(), caller.userId(), ifMatch);
        return Response.noContent().build();
    }

    @PATCH
    @Path("/{transferId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "rejectTransfer", summary = "Reject a request",
            description = "T6: the target provider rejects an Active, unexpired request with {\"status\": \"reject\"} and an optional reason: "
                    + "Rejected, its subscriptions stay with the partner and are free again. Publishes transfer.rejected.v1. If-Match: the ETag.")
    @APIResponse(responseCode = "200", description = "Rejected", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: status must be reject", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or SalesAgent; NOT_THE_TARGET_PROVIDER: the source cannot reject", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "TRANSFER_NOT_ACTIVE, TRANSFER_EXPIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reject(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId,
                           @NotNull @Valid TransferBodies.Decision decision, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(decisions.reject(customer, transferId, caller.tenantId(), caller.userId(), decision.reason(), ifMatch));
    }

    @POST
    @Path("/{transferId}/accept")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "acceptTransfer", summary = "Step 2: accept a request",
            description = "T6: the target provider accepts an Active, unexpired request. Each transfer group (a base with its add-ons) is "
                    + "processed in its own transaction: the provider gets a new subscription with a new id and the snapshot quantity (an "
                    + "Azure one keeps its Azure subscription id); the partner's license-based original is SUSPENDED, its Azure original no "
                    + "longer listed as its own. A group whose source changed since the request fails alone. The transfer ends Complete, "
                    + "PartiallyComplete or Failed. Two concurrent acceptances process it once. Publishes transfer.accepted.v1, "
                    + "subscription.transferred.v1 / subscription.suspended.v1, then transfer.completed / partially-completed / failed.v1. "
                    + "Idempotency-Key replays the answer; If-Match: the ETag.")
    @APIResponse(responseCode = "200", description = "Processed: the transfer, the new subscriptions, the error of each failed group",
            content = @Content(schema = @Schema(implementation = AcceptResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or SalesAgent; NOT_THE_TARGET_PROVIDER: the source cannot accept", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "TRANSFER_NOT_ACTIVE (e.g. accepted already: context.status), TRANSFER_EXPIRED, IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(in = ParameterIn.HEADER, description = "Replays the first answer for the same key (24 h)")
                           @HeaderParam(Idempotency.HEADER) String key) {
        UUID tenant = caller.tenantId();
        String by = caller.userId();
        return idempotency.run(tenant, "transfer.accept", key, new TransferBodies.KeyedAcceptance(customer, transferId),
                () -> new Idempotency.Created(200, AcceptResponse.of(acceptance.accept(customer, transferId, tenant, by, ifMatch)), null),
                () -> new Idempotency.Created(200, AcceptResponse.of(acceptance.acceptAgain(customer, transferId, tenant, by, ifMatch)), null));
    }

    @POST
    @Path("/{transferId}/verifications")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "verifyTransfer", summary = "Steps 3 and 4: verify completion",
            description = "T8: first the target provider confirms the new subscriptions are listed under it; the suite checks each one exists, "
                    + "is the provider's, of this customer and active, and records who and when (transfer.provider-verified.v1). T9: then "
                    + "the source partner confirms the request is complete and its originals are no longer active (license-based SUSPENDED, "
                    + "Azure no longer listed as its own); the suite checks, records, and the request is CLOSED (transfer.partner-verified.v1). "
                    + "No body. If-Match: the ETag.")
    @APIResponse(responseCode = "200", description = "Checked and recorded: the report", headers = @Header(name = HttpHeaders.ETAG, description = "The transfer's new version"),
            content = @Content(schema = @Schema(implementation = VerificationResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "VERIFICATION_OUT_OF_ORDER (context.stage: not processed yet, step 4 before step 3, verified already, "
            + "ended); VERIFICATION_FAILED: what the party confirms is not true (context.failedChecks)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var verified = verifications.verify(customer, transferId, caller.tenantId(), caller.userId(), ifMatch);
        return Response.ok(VerificationResponse.of(verified))
                .header(HttpHeaders.ETAG, ETags.of(verified.transfer().transfer().version())).build();
    }

    @GET
    @Path("/{transferId}/handover")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransferHandover", summary = "The handover statement of a processed transfer",
            description = "T15: for both parties' billing systems, per moved subscription the old and the new id, the offer, the quantity "
                    + "that moved, the instant the provider took it over and the billing cut-over date: the partner bills up to and "
                    + "including the day the provider took over, the provider from the next calendar day (UTC). The source or the target; "
                    + "anyone else gets 404. Accept: text/csv (or format=csv) for one CSV row per line.")
    @APIResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandoverResponse.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "HANDOVER_NOT_READY: not accepted or still processing (context.status)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response handover(@PathParam("customerTenantId") UUID customer, @PathParam("transferId") UUID transferId,
                             @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format")
                             @jakarta.validation.constraints.Pattern(regexp = "json|csv") String format, @Context HttpHeaders headers) {
        return HandoverResponse.answer(handovers.ofTransfer(customer, transferId, caller.tenantId()), HandoverResponse.wantsCsv(format, headers),
                "handover-" + transferId + ".csv");
    }

    static Response withETag(TransferView view) {
        return Response.ok(TransferResponse.of(view)).header(HttpHeaders.ETAG, ETags.of(view.transfer().version())).build();
    }
}
