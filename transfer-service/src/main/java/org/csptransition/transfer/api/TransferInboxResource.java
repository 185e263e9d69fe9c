package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.TransferQueries;
import org.csptransition.transfer.domain.TransferStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/v1/transfers")
@Tag(name = "Transfers", description = "T2-T11 the direct-to-indirect transfer, on Partner Center's API shape")
@Produces(MediaType.APPLICATION_JSON)
public class TransferInboxResource {

    private final TransferQueries queries;
    private final Caller caller;

    TransferInboxResource(TransferQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
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
