package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.Partnerships;
import org.csptransition.relationship.domain.PartnershipStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

@Path("/v1/partnership-invitations")
@Tag(name = "Partnerships", description = "R1 a provider invites a reseller; the reseller's GlobalAdmin accepts")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipInvitationResource {

    private final Partnerships partnerships;
    private final Idempotency idempotency;
    private final Caller caller;

    PartnershipInvitationResource(Partnerships partnerships, Idempotency idempotency, Caller caller) {
        this.partnerships = partnerships;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "createPartnershipInvitation", summary = "Invite a reseller to a partnership",
            description = "R1: an active indirect provider invites a reseller by its PartnerID. The answer carries the link the "
                    + "reseller's GlobalAdmin follows to accept. Accepts Idempotency-Key. Publishes partnership.invited.v1.")
    @APIResponse(responseCode = "201", description = "Invited: PENDING", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PARTNERSHIP_ALREADY_EXISTS, IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "PROVIDER_PROGRAM_NOT_ACTIVE, RESELLER_PARTNER_ID_UNKNOWN, CANNOT_PARTNER_WITH_ITSELF, IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@NotNull @Valid InviteReseller request, @HeaderParam(Idempotency.HEADER) String key) {
        UUID provider = caller.tenantId();
        return idempotency.run(provider, "partnership-invitations.create", key, request, () -> {
            var view = partnerships.invite(provider, caller.userId(), request.resellerPartnerId());
            return new Idempotency.Created(201, InvitationResponse.of(view),
                    URI.create("/v1/partnership-invitations/" + view.partnership().id()));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getPartnershipInvitation", summary = "Read a partnership invitation", description = "The provider or the invited reseller; anyone else gets 404. The ETag guards the acceptance.")
    @APIResponse(responseCode = "200", description = "The invitation and its partnership status", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        var view = partnerships.find(id, caller.tenantId());
        return Response.ok(InvitationResponse.of(view)).header("ETag", ETags.of(view.partnership().version())).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "acceptPartnershipInvitation", summary = "Accept a provider's invitation",
            description = "R1: the invited reseller's GlobalAdmin accepts; only a tenant whose indirect reseller program is active "
                    + "can. The partnership becomes ACTIVE and the provider is listed among the reseller's indirect providers. "
                    + "Accepts If-Match. Publishes partnership.accepted.v1.")
    @APIResponse(responseCode = "200", description = "Accepted: ACTIVE", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not addressed to the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PARTNERSHIP_ALREADY_ACTIVE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "RESELLER_PROGRAM_NOT_ACTIVE, PROVIDER_PROGRAM_NOT_ACTIVE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        var view = partnerships.accept(id, caller.tenantId(), caller.userId(), version -> ETags.checkIfMatch(ifMatch, version));
        return Response.ok(InvitationResponse.of(view)).header("ETag", ETags.of(view.partnership().version())).build();
    }

    public record InviteReseller(@NotBlank @Size(max = 10) @SingleLine @Schema(example = "4234567") String resellerPartnerId) {
    }

    @Schema(name = "PartnershipInvitation")
    public record InvitationResponse(UUID id, PartnershipStatus status, String link, UUID providerTenantId, String providerName,
                                     UUID resellerTenantId, String resellerName, String resellerPartnerId, Instant invitedAt,
                                     Instant acceptedAt) {
        static InvitationResponse of(Partnerships.View view) {
            var p = view.partnership();
            return new InvitationResponse(p.id(), p.status(), view.link(), p.providerTenantId(), view.provider().displayName(),
                    p.resellerTenantId(), view.reseller().displayName(), view.reseller().partnerId(), p.invitedAt(), p.acceptedAt());
        }
    }
}
