package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.csptransition.relationship.application.CustomerInvitations;
import org.csptransition.relationship.domain.CustomerInvitationPolicy;
import org.csptransition.relationship.domain.InvitationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

@Path("/v1/customer-invitations")
@Tag(name = "Customer invitations", description = "R4 a reseller invites a customer with its provider; the customer's admin accepts")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerInvitationResource {

    private final CustomerInvitations invitations;
    private final Idempotency idempotency;
    private final Caller caller;

    CustomerInvitationResource(CustomerInvitations invitations, Idempotency idempotency, Caller caller) {
        this.invitations = invitations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "createCustomerInvitation", summary = "Invite a customer with a provider",
            description = "R4: a reseller whose indirect reseller program is active picks a provider it has an active partnership "
                    + "with and gets an e-mail draft (subject and body in its own language, with the link) that it sends the "
                    + "customer itself. For an existing customer of the reseller name it in customerTenantId; without it the "
                    + "invitation is for a new customer. The link is single-use and expires (relationship.customer-invitations.validity). "
                    + "Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Invited: the link and the e-mail draft", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "customerTenantId is not a customer of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "RESELLER_PROGRAM_NOT_ACTIVE, PARTNERSHIP_NOT_ACTIVE, CUSTOMER_IS_CSP_PARTNER_TENANT (E7), IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@NotNull @Valid InviteCustomer request, @HeaderParam(Idempotency.HEADER) String key) {
        UUID reseller = caller.tenantId();
        return idempotency.run(reseller, "customer-invitations.create", key, request, () -> {
            var view = invitations.invite(reseller, caller.userId(), request.indirectProviderTenantId(), request.customerTenantId());
            return new Idempotency.Created(201, InvitationResponse.of(view),
                    URI.create("/v1/customer-invitations/" + view.invitation().id()));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getCustomerInvitation", summary = "Read a customer invitation",
            description = "R4: the reseller and the provider; the customer it is addressed to (for a new customer, a customer admin "
                    + "holding the link, until another tenant accepted it). The ETag guards the acceptance.")
    @APIResponse(responseCode = "200", description = "The invitation: PENDING, ACCEPTED or EXPIRED", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not for the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        var view = invitations.find(id, caller.tenantId(), caller.hasRole(Roles.CUSTOMER_ADMIN));
        return Response.ok(InvitationResponse.of(view)).header("ETag", ETags.of(view.invitation().version())).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    @Operation(operationId = "acceptCustomerInvitation", summary = "Accept a reseller's invitation",
            description = "R4: the customer's admin accepts; reseller and provider become partners of record with delegated admin, "
                    + "and the provider can order for the customer. A customer new to the suite says who it is (companyName, domain, "
                    + "country); an existing one sends {}. Accepts If-Match. Publishes customer.invitation.accepted.v1, "
                    + "customer.partner-of-record.added.v1 per partner, customer.agreement.status.changed.v1 for the provider and, "
                    + "for a new customer, customer.registered.v1.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = InvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or addressed to another customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "INVITATION_ALREADY_USED, INVITATION_EXPIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "CUSTOMER_IS_CSP_PARTNER_TENANT (E7), CUSTOMER_PROFILE_REQUIRED, PARTNERSHIP_NOT_ACTIVE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") UUID id, @Valid AcceptInvitation request, @HeaderParam("If-Match") String ifMatch) {
        var profile = request == null ? null
                : new CustomerInvitationPolicy.CustomerProfile(request.companyName(), request.domain(), request.country());
        var view = invitations.accept(id, caller.tenantId(), caller.userId(), profile, version -> ETags.checkIfMatch(ifMatch, version));
        return Response.ok(InvitationResponse.of(view)).header("ETag", ETags.of(view.invitation().version())).build();
    }

    public record InviteCustomer(@NotNull UUID indirectProviderTenantId, UUID customerTenantId) {
    }

    /** What a customer new to the suite says of itself; an existing customer sends none of it. */
    public record AcceptInvitation(@Size(max = 200) @SingleLine String companyName,
                                   @Size(max = 255) @Pattern(regexp = CustomerBodies.DOMAIN, message = "must be a domain name such as contoso.onmicrosoft.com") String domain,
                                   @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") String country) {
    }

    public record EmailDraft(String subject, String body, String locale) {
    }

    @Schema(name = "CustomerInvitation")
    public record InvitationResponse(UUID id, InvitationStatus status, String link, UUID resellerTenantId, String resellerName,
                                     UUID indirectProviderTenantId, String providerName, UUID customerTenantId, Instant expiresAt,
                                     Instant acceptedAt, EmailDraft emailDraft) {
        static InvitationResponse of(CustomerInvitations.View view) {
            var i = view.invitation();
            var draft = view.emailDraft();
            return new InvitationResponse(i.id(), view.status(), view.link(), i.resellerTenantId(), view.resellerName(),
                    i.providerTenantId(), view.providerName(), i.customerTenantId().or(i::acceptedByTenantId).orElse(null),
                    i.expiresAt(), i.acceptedAt(), draft == null ? null : new EmailDraft(draft.subject(), draft.body(), draft.locale()));
        }
    }
}
