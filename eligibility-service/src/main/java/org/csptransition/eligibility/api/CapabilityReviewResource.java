package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.PastCapabilityReview;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

import java.net.URI;
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

    /** A past review without its outcomes. */
    public record ReviewSummary(UUID id, LocalDate asOf, String policyVersion, String requestedBy, Instant startedAt, Instant completedAt,
                                int evaluated, int restrictedCount, int escalatedCount) {
        static ReviewSummary of(PastCapabilityReview r) {
            return new ReviewSummary(r.id(), r.asOf(), r.policyVersion(), r.requestedBy(), r.startedAt(), r.completedAt(), r.evaluated(),
                    r.restricted(), r.escalated());
        }
    }

    /** One page of past reviews, newest first; {@code total} counts them all. */
    public record ReviewHistoryPage(List<ReviewSummary> items, int page, int size, long total) {
    }

    /** One partner's outcome of a past review. */
    public record PartnerOutcome(UUID tenantId, String partnerId, String previousStatus, String status, List<String> reasonCodes) {
    }

    /**
     * How far a review is: RUNNING with {@code processed} of {@code total} partners evaluated so far ({@code total} is
     * null until the partners are counted), COMPLETED, or FAILED (nothing changed; {@code failure} says why).
     */
    public record ReviewProgress(@Schema(enumeration = {"RUNNING", "COMPLETED", "FAILED"}) String state, int processed, Integer total,
                                 String failure) {
    }

    /**
     * A review with its outcome per partner (only the partners whose status it changed) and its progress; while it runs,
     * {@code review} has no completedAt and zero counts, and {@code outcomes} is empty.
     */
    public record PastReview(ReviewSummary review, List<PartnerOutcome> outcomes, ReviewProgress progress) {
    }

    /** A review started in the background: where to follow it. */
    public record StartedReview(UUID id, ReviewProgress progress) {
    }

    @GET
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "listCapabilityReviews", summary = "Past capability reviews",
            description = "E5: every review run on demand or on schedule, newest first, with its counts.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ReviewHistoryPage.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: page or size out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewHistoryPage history(@Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        CapabilityReviews.History history = reviews.history(page, size);
        return new ReviewHistoryPage(history.reviews().stream().map(ReviewSummary::of).toList(), page, size, history.total());
    }

    @GET
    @Path("/{reviewId}")
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "getCapabilityReview", summary = "One capability review: its progress, and its outcome per partner",
            description = "E5: while it runs, progress.state RUNNING with processed of total partners evaluated (written every "
                    + "eligibility.capability-review.progress-every partners); once COMPLETED, whom it restricted or escalated, from "
                    + "which status, and why (the unmet requirement codes or the escalation reason); FAILED: it changed nothing.")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = PastReview.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PastReview one(@PathParam("reviewId") UUID reviewId) {
        CapabilityReviews.Status status = reviews.status(reviewId)
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Capability review", reviewId)));
        if (status.past().isPresent()) {
            CapabilityReviews.Past past = status.past().get();
            int evaluated = past.review().evaluated();
            return new PastReview(ReviewSummary.of(past.review()), past.outcomes().stream()
                    .map(o -> new PartnerOutcome(o.tenantId(), o.partnerId(), o.previousStatus(), o.status(), o.reasonCodes())).toList(),
                    new ReviewProgress("COMPLETED", evaluated, evaluated, null));
        }
        CapabilityReviews.Run run = status.run();
        return new PastReview(new ReviewSummary(run.id(), run.asOf(), run.policyVersion(), run.requestedBy(), run.startedAt(), null, 0, 0, 0),
                List.of(), progress(run));
    }

    private static ReviewProgress progress(CapabilityReviews.Run run) {
        return new ReviewProgress(run.state().name(), run.processed(), run.total(), run.failure());
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "runCapabilityReview", summary = "Run a capability review",
            description = "E5: every partner whose DIRECT_BILL program is ACTIVE and that fails a minimum of the policy in force on asOf "
                    + "becomes RESTRICTED (partner.program.changed.v1 each, with the unmet requirement codes). With escalation configured, "
                    + "older restrictions become SUSPENDED or REVOKED. Also runs on a schedule when eligibility.capability-review.cron is set. "
                    + "With Prefer: respond-async it runs in the background: 202 at once, with Location; GET that review to follow "
                    + "its progress (processed of total) until it is COMPLETED or FAILED.")
    @APIResponse(responseCode = "200", description = "Who was restricted and why", content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the review runs; Location is where to follow it",
            headers = @Header(name = "Location", description = "/v1/capability-reviews/{reviewId}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StartedReview.class)))
    @APIResponse(responseCode = "400", description = "asOf missing or not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "NO_POLICY_IN_FORCE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response run(@NotNull @Valid EnrollmentRequests.CapabilityReviewRequest request, @Context HttpHeaders headers) {
        // Prefer (RFC 7240) is read, not declared: a declared header would change every generated client's signature
        String prefer = headers.getHeaderString("Prefer");
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            UUID id = reviews.start(request.asOf(), caller.userId());
            return Response.accepted(new StartedReview(id, new ReviewProgress("RUNNING", 0, null, null)))
                    .location(URI.create("/v1/capability-reviews/" + id)).type(MediaType.APPLICATION_JSON).build();
        }
        CapabilityReviews.Result result = reviews.run(request.asOf(), caller.userId());
        return Response.ok(new ReviewResponse(result.id(), result.asOf(), result.policyVersion(), result.evaluated(), result.restricted().size(),
                result.restricted().stream().map(CapabilityReviewResource::changed).toList(),
                result.escalated().stream().map(CapabilityReviewResource::changed).toList(),
                result.startedAt(), result.completedAt()), MediaType.APPLICATION_JSON).build();
    }

    private static Changed changed(CapabilityReviewChange change) {
        return new Changed(change.tenantId(), change.partnerId(), change.previousStatus().name(), change.status().name(),
                change.unmet().stream().map(r -> r.code().name()).toList(),
                change.unmet().isEmpty() ? change.reasonCodes() : change.unmet().stream().map(r -> r.reasonCode()).toList());
    }
}
