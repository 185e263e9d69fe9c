package org.csptransition.transfer.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.ProblemException;
import org.csptransition.transfer.application.ReadModels;
import org.csptransition.transfer.domain.KnownPartner;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/v1/known-partners")
@Tag(name = "Read models", description = "What this service has learnt from other services' events")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPartnerResource {

    private final ReadModels readModels;
    private final Caller caller;

    KnownPartnerResource(ReadModels readModels, Caller caller) {
        this.readModels = readModels;
        this.caller = caller;
    }

    @GET
    @Path("/{tenantId}")
    @Authenticated
    @Operation(summary = "What this service knows of a partner tenant",
            description = "The read model fed by partner.events: the tenant itself or the operator. 404 until the partner's events have arrived.")
    @APIResponse(responseCode = "200", description = "Known", content = @Content(schema = @Schema(implementation = KnownPartnerResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not known (yet), or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KnownPartnerResponse get(@PathParam("tenantId") UUID tenantId) {
        if (!caller.isTenantOrOperator(tenantId)) {
            throw ProblemException.notFound("Partner", tenantId);
        }
        return readModels.partner(tenantId).map(KnownPartnerResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Partner", tenantId));
    }

    public record KnownPartnerResponse(UUID tenantId, String partnerId, String companyName, String country, String preferredLocale,
                                       String directBillStatus, String indirectResellerStatus, String indirectProviderStatus,
                                       Instant indirectResellerEnrollmentCompletedAt, boolean indirectResellerEnrollmentComplete,
                                       OffsetDateTime asOfEventTime) {
        static KnownPartnerResponse of(KnownPartner p) {
            return new KnownPartnerResponse(p.tenantId(), p.partnerId(), p.companyName(), p.country(), p.preferredLocale(),
                    p.directBillStatus(), p.indirectResellerStatus(), p.indirectProviderStatus(),
                    p.indirectResellerEnrollmentCompletedAt(), p.hasCompletedIndirectResellerEnrollment(), p.lastEventTime());
        }
    }
}
