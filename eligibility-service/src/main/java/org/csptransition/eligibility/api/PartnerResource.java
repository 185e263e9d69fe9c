package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.PartnerProfiles;
import org.csptransition.eligibility.application.PartnerRegistration;
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

@Path("/v1/partners")
@Tag(name = "Partners", description = "E1 partner profiles and the programs they hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerRegistration registration;
    private final PartnerProfiles profiles;
    private final Idempotency idempotency;
    private final Caller caller;

    PartnerResource(PartnerRegistration registration, PartnerProfiles profiles, Idempotency idempotency, Caller caller) {
        this.registration = registration;
        this.profiles = profiles;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.PROGRAM_OPERATOR, Roles.GLOBAL_ADMIN})
    @Operation(operationId = "registerPartner", summary = "Register a partner tenant", description = "The operator imports an existing CSP partner with its profile, current programs and, optionally, its support plan (E1). "
            + "A partner new to CSP registers itself (E6): its GlobalAdmin, for its own tenant, with no program and no support plan, and with a business address and bank information; "
            + "it then applies for indirect reseller. Never a tenant that is a CSP partner's customer (E7). Publishes partner.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither the program operator nor a GlobalAdmin; NOT_YOUR_TENANT: a GlobalAdmin registering another tenant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PARTNER_ALREADY_REGISTERED or PARTNER_ID_ALREADY_REGISTERED; CONCURRENT_DUPLICATE when the same tenant or PartnerID is registered by two requests at once", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A profile rule refused it: PARTNER_ID_NOT_DIGITS, COUNTRY_NOT_ISO_3166, LOCALE_NOT_BCP47, CONTACT_EMAIL_NOT_WORK_EMAIL, ...; PARTNER_TENANT_IS_CSP_CUSTOMER (E7): the tenant is a CSP partner's customer; a partner registering itself (E6): PROGRAMS_COME_FROM_ENROLLMENT, BUSINESS_ADDRESS_REQUIRED, BANK_INFORMATION_REQUIRED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid PartnerRequests.RegisterPartner request, @HeaderParam(Idempotency.HEADER) String key,
                             UriInfo uri) {
        return idempotency.run(caller.tenantId(), "partners.register", key, request, () -> {
            var partner = caller.isOperator()
                    ? registration.register(request.tenantId(), request.toProfile(), request.supportPlan())
                    : registration.registerItself(caller.tenantId(), request.tenantId(), request.toProfile(), request.supportPlan());
            return new Idempotency.Created(201, PartnerResponse.of(partner),
                    uri.getAbsolutePathBuilder().path(partner.tenantId().toString()).build());
        });
    }

    @GET
    @Path("/{tenantId}")
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getPartner", summary = "Read a partner tenant", description = "Profile, attestations, programs with status and the current enrollments. The tenant itself or the operator; any other caller gets 404.")
    @APIResponse(responseCode = "200", description = "The partner", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("tenantId") UUID tenantId) {
        Access.tenantOrOperator(caller, tenantId);
        var overview = registration.overview(tenantId);
        return Response.ok(PartnerResponse.of(overview)).header(HttpHeaders.ETAG, ETags.of(overview.partner().version())).build();
    }

    @PATCH
    @Path("/{tenantId}")
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updatePartner", summary = "Update your own profile and attestations",
            description = "The tenant's GlobalAdmin changes its contact, preferred locale, MPN account e-mail and attestations "
                    + "(endorsementAuthority, firstLevelSupport, accountsReceivable, managedServices) on which the E2 requirements "
                    + "rely. Absent fields stay as they are. Publishes partner.updated.v1 when something changed. If-Match: the partner's ETag.")
    @APIResponse(responseCode = "200", description = "The partner after the change", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or unknown fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "LOCALE_NOT_BCP47, EMAIL_INVALID, CONTACT_EMAIL_NOT_WORK_EMAIL", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag")
    public Response update(@PathParam("tenantId") UUID tenantId, @NotNull @Valid PartnerRequests.UpdatePartner request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Access.ownTenant(caller, tenantId);
        profiles.update(tenantId, request.toUpdate(), caller.userId(), ifMatch);
        return get(tenantId);
    }
}
