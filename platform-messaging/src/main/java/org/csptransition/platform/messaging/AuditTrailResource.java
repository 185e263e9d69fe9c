package org.csptransition.platform.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who did what to an object of this service, when and through which request: its parties (the tenants its events
 * name) read the entries naming them, the operator reads all; anyone else gets 404, as for the object itself.
 */
@Path("/v1/audit-trail/{objectType}/{objectId}")
@Tag(name = "Audit trail", description = "Who changed an object, when, what and through which request")
@Produces(MediaType.APPLICATION_JSON)
public class AuditTrailResource {

    private final AuditTrail trail;
    private final Caller caller;

    AuditTrailResource(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    /** One change: {@code action} is the event it published (or names a change that publishes none), {@code change} its data. */
    public record AuditEntryResponse(UUID id, String objectType, String objectId, String action,
                                     @Schema(description = "The acting user (sub), or system:<service> for scheduled work and consumed events") String user,
                                     @Schema(description = "The acting user's tenant (tid); null for the system") UUID tenantId,
                                     OffsetDateTime occurredAt, String correlationId,
                                     @Schema(description = "What changed: the data of the event, or of a change that publishes none, as JSON text") String change) {
        static AuditEntryResponse of(AuditTrail.Entry e) {
            return new AuditEntryResponse(e.id(), e.objectType(), e.objectId(), e.action(), e.user(), e.tenantId(), e.occurredAt(),
                    e.correlationId(), e.change());
        }
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getAuditTrail", summary = "The audit trail of one object",
            description = "Oldest first. objectType is the object's aggregate type (partner, partnership, customer, transfer) or the type of "
                    + "an object whose changes publish no event (direct-bill-policy, provider-offer, customer-link, subscription, "
                    + "webhook-endpoint, notification); objectId its id (a partner's is its tenant id). A party reads the entries naming "
                    + "its tenant; the operator reads all. Entries are never edited and are kept for platform.messaging.audit.retention.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = AuditEntryResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: objectType, objectId or limit out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A role that is no party to any object", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such object, or not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryResponse> trail(@PathParam("objectType") @Pattern(regexp = "[a-z][a-z-]{0,63}") String objectType,
                                          @PathParam("objectId") @Size(min = 1, max = 128) String objectId,
                                          @Parameter(description = "At most this many entries, oldest first")
                                          @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(1000) int limit) {
        List<AuditTrail.Entry> entries = trail.of(objectType, objectId, caller.isOperator() ? null : caller.tenantId(), limit);
        if (entries.isEmpty()) {
            throw new RefusedException(Refusal.notFound("Audit trail of " + objectType, objectId));
        }
        return entries.stream().map(AuditEntryResponse::of).toList();
    }
}
