package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.DirectBillPolicies;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/v1/direct-bill-policies")
@Tag(name = "Direct-bill policies", description = "E2 policy versions with their requirements, thresholds and effective dates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final DirectBillPolicies policies;
    private final Idempotency idempotency;
    private final Caller caller;

    PolicyResource(DirectBillPolicies policies, Idempotency idempotency, Caller caller) {
        this.policies = policies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** A policy version: in force from {@code effectiveFrom} until the next version's, with its thresholds and requirements. */
    public record PolicyView(String version, LocalDate effectiveFrom, String revenueThresholdUsd, int tenureMonths,
                             List<RequirementView> requirements) {

        static PolicyView of(PolicyVersion v) {
            return new PolicyView(v.version(), v.effectiveFrom(), v.thresholds().revenueUsd().setScale(2).toPlainString(),
                    v.thresholds().tenureMonths(),
                    v.requirements().stream().map(i -> new RequirementView(i.code().name(), i.kind().name())).toList());
        }
    }

    public record RequirementView(String code, String kind) {
    }

    public record PolicyList(List<PolicyView> versions) {
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "listDirectBillPolicies", summary = "List the direct-bill policy versions",
            description = "Every version (E2), oldest first, with its effective date, thresholds (revenue in USD, indirect-reseller tenure in months) and requirements.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(implementation = PolicyList.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyList list() {
        return new PolicyList(policies.versions().stream().map(PolicyView::of).toList());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getDirectBillPolicy", summary = "Read one direct-bill policy version", description = "E2: one version by its name.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyView get(@PathParam("version") String version) {
        return policies.versions().stream().filter(v -> v.version().equals(version)).findFirst().map(PolicyView::of)
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Policy version", version)));
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "addDirectBillPolicy", summary = "Add a direct-bill policy version",
            description = "E2: a new version with its own thresholds and requirements, taking effect after today, so that no answer for a past date changes (raising the revenue bar to USD 1M is such a version). Evaluations and capability reviews as of its effective date and later use it.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "POLICY_VERSION_EXISTS, POLICY_EFFECTIVE_DATE_TAKEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "POLICY_EFFECTIVE_NOT_IN_FUTURE, POLICY_REQUIREMENT_LISTED_TWICE, POLICY_WITHOUT_MINIMUM", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@NotNull @Valid PolicyRequests.NewPolicyVersion request, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.run(caller.tenantId(), "policies.add", key, request, () -> {
            PolicyVersion added = policies.add(request.toVersion(), request.description(), caller.userId());
            return new Idempotency.Created(201, PolicyView.of(added), uri.getAbsolutePathBuilder().path(added.version()).build());
        });
    }
}
