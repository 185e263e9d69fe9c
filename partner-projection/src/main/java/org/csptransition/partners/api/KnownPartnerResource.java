package org.csptransition.partners.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner read model as this service knows it: for the partner itself and the operator, to see what has arrived. */
@Path("/v1/known-partners")
@Tag(name = "Read models", description = "What this service has learnt from other services' events")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPartnerResource {

    private final KnownPartnerRepository partners;
    private final Caller caller;

    KnownPartnerResource(KnownPartnerRepository partners, Caller caller) {
        this.partners = partners;
        this.caller = caller;
    }

    @GET
    @Path("/{tenantId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getKnownPartner", summary = "What this service knows of a partner tenant",
            description = "The read model fed by partner.events: the tenant itself or the operator. 404 until the partner's events have arrived; "
                    + "registered=false while only events other than partner.registered.v1 have arrived.")
    @APIResponse(responseCode = "200", description = "Known", content = @Content(schema = @Schema(implementation = KnownPartnerResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A role that is not a partner's or the operator's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not known (yet), or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KnownPartnerResponse get(@PathParam("tenantId") UUID tenantId) {
        RefusedException notFound = new RefusedException(Refusal.notFound("Partner", tenantId));
        if (!caller.isTenantOrOperator(tenantId)) {
            throw notFound;
        }
        return partners.findByIdOptional(tenantId).map(KnownPartnerResponse::of).orElseThrow(() -> notFound);
    }

    public record KnownPartnerResponse(UUID tenantId, String partnerId, String companyName, String country, String preferredLocale,
                                       String directBillStatus, String indirectResellerStatus, String indirectProviderStatus,
                                       Instant indirectResellerEnrollmentCompletedAt, boolean indirectResellerEnrollmentComplete,
                                       boolean registered, OffsetDateTime asOfEventTime) {
        static KnownPartnerResponse of(KnownPartner p) {
            return new KnownPartnerResponse(p.tenantId(), p.partnerId(), p.companyName(), p.country(), p.preferredLocale(),
                    p.directBillStatus(), p.indirectResellerStatus(), p.indirectProviderStatus(),
                    p.transitionCompletedAt(), p.hasCompletedTransition(), p.isRegistered(), p.lastEventTime());
        }
    }
}
