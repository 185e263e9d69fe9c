package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.eligibility.application.TransitionDeadlines;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/v1/partners/{tenantId}/transition-deadline")
@Tag(name = "Capability reviews", description = "E5 restricted direct-bill capabilities")
@Produces(MediaType.APPLICATION_JSON)
public class TransitionDeadlineResource {

    private final TransitionDeadlines deadlines;
    private final Caller caller;

    TransitionDeadlineResource(TransitionDeadlines deadlines, Caller caller) {
        this.deadlines = deadlines;
        this.caller = caller;
    }

    @GET
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getTransitionDeadline", summary = "When escalation would suspend and revoke a restricted partner",
            description = "E5: for a partner whose direct-bill program is RESTRICTED (or SUSPENDED), the first days on which a capability "
                    + "review would escalate it to SUSPENDED (suspendsOn) and to REVOKED (revokesOn) under this deployment's escalation "
                    + "(eligibility.escalation.suspend-after-days and revoke-after-days, counted from restrictedOn; off unless set), and "
                    + "the days left from today (UTC). A date the escalation does not set, or that can no longer happen, is absent; a "
                    + "partner that is not restricted answers restricted false and no dates. The customers still to move are counted "
                    + "where they are known: relationship-service, GET /v1/partners/{tenantId}/customers-to-move. The tenant itself or "
                    + "the operator.")
    @APIResponse(responseCode = "200", description = "The deadline", content = @Content(schema = @Schema(implementation = TransitionDeadlineResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TransitionDeadlineResponse get(@PathParam("tenantId") UUID tenantId) {
        Access.tenantOrOperator(caller, tenantId);
        return TransitionDeadlineResponse.of(deadlines.of(tenantId));
    }

    @Schema(description = "E5 the escalation this deployment applies: days after the restriction; absent = never")
    public record Escalation(boolean enabled, Integer suspendAfterDays, Integer revokeAfterDays) {
    }

    public record TransitionDeadlineResponse(UUID tenantId,
                                             @Schema(description = "The direct-bill program's status; absent when the tenant does not hold it") ProgramStatus directBillStatus,
                                             @Schema(description = "Whether the direct-bill program is RESTRICTED or SUSPENDED, so a deadline runs") boolean restricted,
                                             LocalDate restrictedOn,
                                             @Schema(description = "The first day a capability review would make it SUSPENDED") LocalDate suspendsOn,
                                             @Schema(description = "The first day a capability review would make it REVOKED") LocalDate revokesOn,
                                             @Schema(description = "Days from today (UTC) to suspendsOn; 0 on the day, negative once past while no review ran") Long daysUntilSuspension,
                                             @Schema(description = "Days from today (UTC) to revokesOn") Long daysUntilRevocation,
                                             Escalation escalation) {

        static TransitionDeadlineResponse of(TransitionDeadlines.View view) {
            var e = view.escalation();
            Escalation escalation = new Escalation(e.enabled(), e.suspendAfterDays().isPresent() ? e.suspendAfterDays().getAsInt() : null,
                    e.revokeAfterDays().isPresent() ? e.revokeAfterDays().getAsInt() : null);
            return view.deadline().map(d -> new TransitionDeadlineResponse(view.tenantId(), view.directBillStatus().orElse(null), true,
                            d.restrictedOn(), d.suspendsOn().orElse(null), d.revokesOn().orElse(null),
                            d.daysUntilSuspension(view.today()).orElse(null), d.daysUntilRevocation(view.today()).orElse(null), escalation))
                    .orElseGet(() -> new TransitionDeadlineResponse(view.tenantId(), view.directBillStatus().orElse(null), false,
                            null, null, null, null, null, escalation));
        }
    }
}
