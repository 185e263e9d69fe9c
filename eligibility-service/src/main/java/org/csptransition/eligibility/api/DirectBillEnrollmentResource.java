package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.DirectBillEnrollments;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
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

@Path("/v1/partners/{tenantId}")
@Tag(name = "Direct-bill enrollment", description = "E3 credit check and E4 direct-bill application")
@Produces(MediaType.APPLICATION_JSON)
public class DirectBillEnrollmentResource {

    private final DirectBillEnrollments enrollments;
    private final Idempotency idempotency;
    private final Caller caller;

    DirectBillEnrollmentResource(DirectBillEnrollments enrollments, Idempotency idempotency, Caller caller) {
        this.enrollments = enrollments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** The application body of an answer; 404 hides other tenants. */
    public record SupportPlanRecorded(UUID tenantId, String plan, EnrollmentResponses.DirectBill enrollment) {
    }

    @POST
    @Path("/direct-bill-enrollment")
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "applyForDirectBill", summary = "Apply for direct bill",
            description = "E4: checked against the policy in force today; every minimum but the support plan must be met. The application is UNDER_REVIEW and its credit check PENDING. Publishes directbill.enrollment.submitted.v1.")
    @APIResponse(responseCode = "201", description = "Under review", content = @Content(schema = @Schema(implementation = EnrollmentResponses.DirectBill.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DIRECT_BILL_ALREADY_HELD, ENROLLMENT_ALREADY_SUBMITTED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "NOT_ELIGIBLE_FOR_DIRECT_BILL: errors[] lists each unmet requirement (field = requirement code, code = reason code) in the caller's language", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@PathParam("tenantId") UUID tenantId, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        Access.ownTenant(caller, tenantId);
        String by = caller.userId();
        return idempotency.run(caller.tenantId(), "direct-bill-enrollment.apply", key, tenantId, () ->
                new Idempotency.Created(201, EnrollmentResponses.DirectBill.of(enrollments.apply(tenantId, by)), uri.getAbsolutePath()));
    }

    @GET
    @Path("/direct-bill-enrollment")
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getDirectBillEnrollment", summary = "Read the direct-bill application", description = "The latest application with its status and credit check. The tenant itself or the operator.")
    @APIResponse(responseCode = "200", description = "The application", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.DirectBill.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application, unknown partner, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("tenantId") UUID tenantId) {
        Access.tenantOrOperator(caller, tenantId);
        return withETag(enrollments.latest(tenantId));
    }

    @POST
    @Path("/direct-bill-enrollment/credit-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "recordCreditCheck", summary = "Record the credit check",
            description = "E3: PASSED → CREDIT_CHECK_PASSED (the partner may now buy a support plan; directbill.creditcheck.passed.v1). "
                    + "FAILED, with a reason → REJECTED (directbill.creditcheck.failed.v1 and directbill.enrollment.rejected.v1).")
    @APIResponse(responseCode = "200", description = "The application after the decision", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.DirectBill.class)))
    @APIResponse(responseCode = "400", description = "result missing or not PASSED/FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NO_DIRECT_BILL_APPLICATION, CREDIT_CHECK_ALREADY_DECIDED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "CREDIT_CHECK_REASON_REQUIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag")
    public Response creditCheck(@PathParam("tenantId") UUID tenantId, @NotNull @Valid EnrollmentRequests.CreditCheckDecision request,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var enrollment = enrollments.decideCreditCheck(tenantId, request.result() == EnrollmentRequests.CreditCheckResult.PASSED,
                request.reason(), caller.userId(), ifMatch);
        return withETag(enrollment);
    }

    @POST
    @Path("/direct-bill-enrollment/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "rejectDirectBillEnrollment", summary = "Reject the application after a negative review",
            description = "E4: the operator rejects an open application (UNDER_REVIEW or CREDIT_CHECK_PASSED) for another reason than the credit check, with its text: "
                    + "REJECTED, rejectionCode REVIEW_NEGATIVE (directbill.enrollment.rejected.v1).")
    @APIResponse(responseCode = "200", description = "The rejected application", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = EnrollmentResponses.DirectBill.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NO_DIRECT_BILL_APPLICATION, ENROLLMENT_CLOSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "REJECTION_REASON_REQUIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reject(@PathParam("tenantId") UUID tenantId, @NotNull @Valid EnrollmentRequests.DirectBillRejection request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(enrollments.reject(tenantId, request.reason(), ifMatch));
    }

    private static Response withETag(DirectBillEnrollment enrollment) {
        return Response.ok(EnrollmentResponses.DirectBill.of(enrollment)).header(HttpHeaders.ETAG, ETags.of(enrollment.version())).build();
    }

    @PUT
    @Path("/support-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Operation(operationId = "recordSupportPlan", summary = "Record the support plan",
            description = "E3/E4: ASFP or PSFP. After a passed credit check it approves the application and makes DIRECT_BILL active "
                    + "(directbill.supportplan.recorded.v1, directbill.enrollment.approved.v1, partner.program.changed.v1); a tenant that "
                    + "already holds direct bill just changes its plan. Before the credit check passed: 409 CREDIT_CHECK_NOT_PASSED. "
                    + "If-Match: the partner's ETag (GET /v1/partners/{tenantId}), as the plan is the partner's.")
    @APIResponse(responseCode = "200", description = "Recorded; enrollment is the application it approved, if any", content = @Content(schema = @Schema(implementation = SupportPlanRecorded.class)))
    @APIResponse(responseCode = "400", description = "plan missing or not ASFP/PSFP", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CREDIT_CHECK_NOT_PASSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the partner's current ETag")
    public SupportPlanRecorded supportPlan(@PathParam("tenantId") UUID tenantId, @NotNull @Valid EnrollmentRequests.SupportPlanChoice request,
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Access.ownTenant(caller, tenantId);
        var recorded = enrollments.recordSupportPlan(tenantId, request.plan(), ifMatch);
        return new SupportPlanRecorded(tenantId, recorded.plan().name(),
                recorded.approved().map(EnrollmentResponses.DirectBill::of).orElse(null));
    }
}
