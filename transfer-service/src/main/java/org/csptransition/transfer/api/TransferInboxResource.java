package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.BulkProviderSteps;
import org.csptransition.transfer.application.TransferQueries;
import org.csptransition.transfer.domain.TransferStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/v1/transfers")
@Tag(name = "Transfers", description = "T2-T11 the direct-to-indirect transfer, on Partner Center's API shape")
@Produces(MediaType.APPLICATION_JSON)
public class TransferInboxResource {

    private final TransferQueries queries;
    private final Caller caller;
    private final BulkProviderSteps bulk;
    private final Messages messages;

    TransferInboxResource(TransferQueries queries, Caller caller, BulkProviderSteps bulk, Messages messages) {
        this.queries = queries;
        this.caller = caller;
        this.bulk = bulk;
        this.messages = messages;
    }

    @POST
    @Path("/bulk-decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "decideTransfers", summary = "Accept or reject many transfers",
            description = "T14: the provider accepts (T6) or rejects many requests in one call: the named transfers (up to 1000) or every "
                    + "transfer a wave created. Each is processed exactly as its single request (POST .../accept, PATCH with reject), one "
                    + "after the other, without If-Match; one refusal never stops the others. 200 with one item per transfer: status 200 and "
                    + "the transfer after it, or the status and code the single request would have answered.")
    @APIResponse(responseCode = "200", description = "Every item's outcome", content = @Content(schema = @Schema(implementation = BulkBodies.DecisionResult.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, BULK_SELECTION_INVALID (neither or both of transferIds and waveId), UNKNOWN_FIELD, MALFORMED_JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The wave is unknown, or the caller no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkBodies.DecisionResult decide(@NotNull @Valid BulkBodies.Decision request,
                                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<UUID> ids = bulk.targets(selection(request.transferIds(), request.waveId()), request.waveId(), caller.tenantId());
        Locale locale = messages.resolve(acceptLanguage);
        UUID tenant = caller.tenantId();
        String by = caller.userId();
        List<BulkBodies.DecisionItem> items = "accept".equalsIgnoreCase(request.decision())
                ? BulkBodies.items(bulk.accept(ids, tenant, by), a -> TransferResponse.of(a.transfer()), BulkBodies.DecisionItem::new, messages, locale)
                : BulkBodies.items(bulk.reject(ids, tenant, by, request.reason()), TransferResponse::of, BulkBodies.DecisionItem::new, messages, locale);
        int ok = BulkBodies.succeeded(items);
        return new BulkBodies.DecisionResult(items, ok, items.size() - ok);
    }

    @POST
    @Path("/bulk-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "verifyTransfers", summary = "Verify many transfers",
            description = "T14: steps 3 (the provider, T8) or 4 (the partner, T9) for the named transfers (up to 1000) or every transfer "
                    + "a wave created, each exactly as POST .../verifications, without If-Match; one refusal never stops the others. 200 "
                    + "with one item per transfer: status 200 and the check's report, or the status and code the single request would "
                    + "have answered (e.g. 409 VERIFICATION_OUT_OF_ORDER).")
    @APIResponse(responseCode = "200", description = "Every item's outcome", content = @Content(schema = @Schema(implementation = BulkBodies.VerificationResult.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, BULK_SELECTION_INVALID (neither or both of transferIds and waveId), UNKNOWN_FIELD, MALFORMED_JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The wave is unknown, or the caller no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkBodies.VerificationResult verify(@NotNull @Valid BulkBodies.Verification request,
                                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<UUID> ids = bulk.targets(selection(request.transferIds(), request.waveId()), request.waveId(), caller.tenantId());
        List<BulkBodies.VerificationItem> items = BulkBodies.items(bulk.verify(ids, caller.tenantId(), caller.userId()),
                VerificationResponse::of, BulkBodies.VerificationItem::new, messages, messages.resolve(acceptLanguage));
        int ok = BulkBodies.succeeded(items);
        return new BulkBodies.VerificationResult(items, ok, items.size() - ok);
    }

    private static List<UUID> selection(List<UUID> transferIds, UUID waveId) {
        if ((transferIds == null) == (waveId == null)) {
            throw new RefusedException(Refusal.malformed(BulkBodies.BULK_SELECTION_INVALID, "transferIds",
                    "Name the transfers in transferIds, or a wave in waveId; not both"));
        }
        return transferIds;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listAllTransfers", summary = "The caller's transfers across customers",
            description = "Newest first, paged. role=target is a provider's inbox (e.g. status=Active: the requests awaiting its decision); "
                    + "role=source the partner's outbox; without role, both.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TransferList.class)))
    @APIResponse(responseCode = "400", description = "INVALID_STATUS, INVALID_ROLE, INVALID_PAGE_SIZE, INVALID_CONTINUATION_TOKEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TransferList list(@Parameter(description = "Active, InProgress, Complete, PartiallyComplete, Failed, Rejected, Withdrawn, Expired (any case)")
                             @QueryParam("status") String status,
                             @Parameter(description = "source or target") @QueryParam("role") String role,
                             @Parameter(description = "1-200, default 50", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                                     minimum = "1", maximum = "200")) @QueryParam("size") String size,
                             @QueryParam("continuationToken") String continuationToken) {
        String which = role == null ? "" : role.toLowerCase(Locale.ROOT);
        if (!which.isEmpty() && !which.equals("source") && !which.equals("target")) {
            throw new RefusedException(Refusal.malformed("INVALID_ROLE", null, "role must be source or target"));
        }
        return TransferList.of(queries.list(filter(caller.tenantId(), null, which, status),
                TransferList.decode(continuationToken), TransferList.size(size)));
    }

    /** The filter of a list request; an unknown status is a 400 naming the known ones. */
    static TransferQueries.Filter filter(UUID party, UUID customer, String role, String status) {
        TransferStatus wanted = null;
        if (status != null && !status.isBlank()) {
            String known = Arrays.stream(TransferStatus.values()).map(TransferStatus::wireName).collect(Collectors.joining(", "));
            wanted = TransferStatus.fromWire(status.trim()).orElseThrow(() -> new RefusedException(
                    Refusal.malformed("INVALID_STATUS", null, "status must be one of " + known).with("statuses", known)));
        }
        return new TransferQueries.Filter(party, !role.equals("target"), !role.equals("source"), customer, wanted);
    }
}
