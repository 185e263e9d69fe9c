package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.eligibility.application.CapabilityReviews;
import org.csptransition.eligibility.domain.CapabilityReviewChange;
import org.csptransition.platform.http.Bulk;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/capability-reviews")
@Bulk
@Tag(name = "Capability reviews", description = "E5 restricted direct-bill capabilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapabilityReviewResource {

    private final CapabilityReviews reviews;
    private final Caller caller;

    CapabilityReviewResource(CapabilityReviews reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    /** Who the review restricted (or escalated) and why. */
    public record ReviewResponse(UUID id, LocalDate asOf, String policyVersion, int evaluated, int restrictedCount,
                                 List<Changed> restricted, List<Changed> escalated, Instant startedAt, Instant completedAt) {
    }

    /** One partner's direct-bill status change; {@code unmetRequirements} are the requirement codes, {@code reasonCodes} the specific reasons. */
    public record Changed(UUID tenantId, String partnerId, String previousStatus, String status, List<String> unmetRequirements,
                          List<String> reasonCodes) {
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "runCapabilityReview", summary = "Run a capability review",
            description = "E5: every partner whose DIRECT_BILL program is ACTIVE and that fails a minimum of the policy in force on asOf "
                    + "becomes RESTRICTED (partner.program.changed.v1 each, with the unmet requirement codes). With escalation configured, "
                    + "older restrictions become SUSPENDED or REVOKED. Also runs on a schedule when eligibility.capability-review.cron is set.")
    @APIResponse(responseCode = "200", description = "Who was restricted and why", content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf missing or not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "NO_POLICY_IN_FORCE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewResponse run(@NotNull @Valid EnrollmentRequests.CapabilityReviewRequest request) {
        CapabilityReviews.Result result = reviews.run(request.asOf(), caller.userId());
        return new ReviewResponse(result.id(), result.asOf(), result.policyVersion(), result.evaluated(), result.restricted().size(),
                result.restricted().stream().map(CapabilityReviewResource::changed).toList(),
                result.escalated().stream().map(CapabilityReviewResource::changed).toList(),
                result.startedAt(), result.completedAt());
    }

    private static Changed changed(CapabilityReviewChange change) {
        return new Changed(change.tenantId(), change.partnerId(), change.previousStatus().name(), change.status().name(),
                change.unmet().stream().map(r -> r.code().name()).toList(),
                change.unmet().isEmpty() ? change.reasonCodes() : change.unmet().stream().map(r -> r.reasonCode()).toList());
    }
}
