package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.IndirectResellerEnrollments;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/partners/{tenantId}/indirect-reseller-enrollment")
@Tag(name = "Indirect-reseller enrollment", description = "E6 the transition to indirect reseller on the direct-bill tenant")
@Produces(MediaType.APPLICATION_JSON)
public class IndirectResellerEnrollmentResource {

    private final IndirectResellerEnrollments enrollments;
    private final Idempotency idempotency;
    private final Caller caller;

    IndirectResellerEnrollmentResource(IndirectResellerEnrollments enrollments, Idempotency idempotency, Caller caller) {
        this.enrollments = enrollments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "applyForIndirectReseller", summary = "Apply to become indirect reseller",
            description = "E6: PENDING_APPROVAL, with approvalDueBy 5 business days later (weekends skipped). Publishes indirectreseller.enrollment.submitted.v1.")
    @APIResponse(responseCode = "201", description = "Pending approval", content = @Content(schema = @Schema(implementation = EnrollmentResponses.IndirectReseller.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE, INDIRECT_RESELLER_ALREADY_HELD, ENROLLMENT_ALREADY_SUBMITTED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "MPN_MEMBERSHIP_INACTIVE, TRANSITION_WINDOW_CLOSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@PathParam("tenantId") UUID tenantId, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        Access.ownTenant(caller, tenantId);
        String by = caller.userId();
        return idempotency.run(caller.tenantId(), "indirect-reseller-enrollment.apply", key, tenantId, () ->
                new Idempotency.Created(201, EnrollmentResponses.IndirectReseller.of(enrollments.apply(tenantId, by)), uri.getAbsolutePath()));
    }

    @GET
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getIndirectResellerEnrollment", summary = "Read the indirect-reseller enrollment", description = "The active enrollment, else the latest application. The tenant itself or the operator.")
    @APIResponse(responseCode = "200", description = "The enrollment", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.IndirectReseller.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application, unknown partner, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("tenantId") UUID tenantId) {
        Access.tenantOrOperator(caller, tenantId);
        return withETag(enrollments.current(tenantId));
    }

    @DELETE
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "withdrawIndirectResellerEnrollment", summary = "Withdraw the application",
            description = "E6: a pending or approved application can be withdrawn; a completed transition cannot (INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE).")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.IndirectReseller.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE, ENROLLMENT_CLOSED, NO_INDIRECT_RESELLER_APPLICATION", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag")
    public Response withdraw(@PathParam("tenantId") UUID tenantId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Access.ownTenant(caller, tenantId);
        return withETag(enrollments.withdraw(tenantId, ifMatch));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "decideIndirectResellerEnrollment", summary = "Approve or reject the application",
            description = "E6: APPROVE (indirectreseller.enrollment.approved.v1; the primary contact is e-mailed) or REJECT with a reason "
                    + "(indirectreseller.enrollment.rejected.v1). A completed transition cannot be rejected.")
    @APIResponse(responseCode = "200", description = "The application after the decision", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.IndirectReseller.class)))
    @APIResponse(responseCode = "400", description = "decision missing or not APPROVE/REJECT", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE, ENROLLMENT_ALREADY_DECIDED, NO_INDIRECT_RESELLER_APPLICATION", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "REJECTION_REASON_REQUIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag")
    public Response decide(@PathParam("tenantId") UUID tenantId, @NotNull @Valid EnrollmentRequests.EnrollmentDecision request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(enrollments.decide(tenantId, request.decision(), request.reason(), caller.userId(), ifMatch));
    }

    @POST
    @Path("/agreement-acceptance")
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "acceptIndirectResellerAgreement", summary = "Accept the indirect reseller agreement",
            description = "E6: the approved enrollment becomes ACTIVE and the tenant holds both programs, irreversibly. Publishes "
                    + "indirectreseller.enrollment.completed.v1, partner.program.changed.v1 and partner.incentives.invitation.due.v1.")
    @APIResponse(responseCode = "200", description = "Active", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.IndirectReseller.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "AGREEMENT_BEFORE_APPROVAL, AGREEMENT_ALREADY_ACCEPTED, ENROLLMENT_CLOSED, NO_INDIRECT_RESELLER_APPLICATION", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag")
    public Response acceptAgreement(@PathParam("tenantId") UUID tenantId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Access.ownTenant(caller, tenantId);
        return withETag(enrollments.acceptAgreement(tenantId, caller.userId(), ifMatch));
    }

    private static Response withETag(IndirectResellerEnrollment enrollment) {
        return Response.ok(EnrollmentResponses.IndirectReseller.of(enrollment)).header(HttpHeaders.ETAG, ETags.of(enrollment.version())).build();
    }
}
