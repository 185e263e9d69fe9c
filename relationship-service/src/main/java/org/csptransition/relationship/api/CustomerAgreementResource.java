package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.CustomerAgreements;
import org.csptransition.relationship.domain.AgreementAttestation;
import org.csptransition.relationship.domain.AgreementBasis;
import org.csptransition.relationship.domain.AgreementStatus;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.PartnerRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/customers/{customerTenantId}")
@Tag(name = "Microsoft Customer Agreement", description = "R5 the customer's own acceptance, partners' attestations, and the status for a provider")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerAgreementResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CustomerAgreements agreements;
    private final Idempotency idempotency;
    private final Caller caller;

    CustomerAgreementResource(CustomerAgreements agreements, Idempotency idempotency, Caller caller) {
        this.agreements = agreements;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "attestCustomerAgreement", summary = "Attest the customer's acceptance of the Microsoft Customer Agreement",
            description = "R5: the customer's direct-bill partner or one of its providers attests, with the primary contact, the date "
                    + "agreed (not in the future) and the template. A direct-bill partner's attestation does not carry over to a "
                    + "provider; a provider's own attestation makes the status ACCEPTED for it. Accepts Idempotency-Key. A provider's "
                    + "attestation publishes customer.agreement.status.changed.v1.")
    @APIResponse(responseCode = "201", description = "Attested", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_FIELD (type must be MicrosoftCustomerAgreement), UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown customer, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_ATTESTATION, IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "ATTESTATION_NOT_ALLOWED, AGREEMENT_DATE_IN_FUTURE, AGREEMENT_TEMPLATE_NOT_CURRENT (templateId is not the one of GET /v1/agreements), IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attest(@PathParam("customerTenantId") UUID customerTenantId, @NotNull @Valid Attest request,
                           @HeaderParam(Idempotency.HEADER) String key) {
        UUID partner = caller.tenantId();
        return idempotency.run(partner, "agreements.create:" + customerTenantId, key, request, () -> {
            var attestation = agreements.attest(customerTenantId, partner, caller.userId(), request.toAttested());
            return new Idempotency.Created(201, AgreementResponse.of(attestation),
                    URI.create("/v1/customers/" + customerTenantId + "/agreements/" + attestation.attestation().id()));
        });
    }

    @GET
    @Path("/agreements")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "listCustomerAgreements", summary = "List the partners' attestations of the customer's agreement", description = "R5: the customer's parties only. The customer's own acceptance is at directSignedMicrosoftCustomerAgreementStatus.")
    @APIResponse(responseCode = "200", description = "The attestations, oldest first", content = @Content(schema = @Schema(implementation = Agreements.class)))
    @APIResponse(responseCode = "400", description = "AGREEMENT_TYPE_UNKNOWN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown customer, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Agreements attestations(@PathParam("customerTenantId") UUID customerTenantId,
                                   @Parameter(description = "MicrosoftCustomerAgreement (the only type)") @QueryParam("agreementType") String agreementType) {
        return new Agreements(agreements.attestations(customerTenantId, caller.tenantId(), agreementType).stream()
                .map(AgreementResponse::of).toList());
    }

    @GET
    @Path("/agreements/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getCustomerAgreement", summary = "Read one attestation", description = "R5: the customer's parties only.")
    @APIResponse(responseCode = "200", description = "The attestation", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or the caller is no party to the customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementResponse attestation(@PathParam("customerTenantId") UUID customerTenantId, @PathParam("id") UUID id) {
        return AgreementResponse.of(agreements.attestation(customerTenantId, id, caller.tenantId()));
    }

    @PUT
    @Path("/directSignedMicrosoftCustomerAgreementStatus")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    @Operation(operationId = "acceptCustomerAgreementDirectly", summary = "The customer accepts the Microsoft Customer Agreement itself",
            description = "R5: the customer's own acceptance (as in the Microsoft 365 admin center), which carries over to every "
                    + "provider. Only the customer itself; accepting again changes nothing. Accepts If-Match (the customer's ETag). "
                    + "Publishes customer.agreement.status.changed.v1 for each provider whose status changes.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = DirectSignedStatus.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's own customer tenant, or not registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN (isSigned false)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptOwn(@PathParam("customerTenantId") UUID customerTenantId, @NotNull @Valid SignedRequest request,
                              @HeaderParam("If-Match") String ifMatch) {
        Customer customer = agreements.acceptOwn(customerTenantId, caller.tenantId(), caller.userId(), request.isSigned(),
                version -> ETags.checkIfMatch(ifMatch, version));
        return Response.ok(DirectSignedStatus.of(customer)).header("ETag", ETags.of(customer.version())).build();
    }

    @GET
    @Path("/directSignedMicrosoftCustomerAgreementStatus")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getDirectSignedCustomerAgreementStatus", summary = "Whether the customer accepted the Microsoft Customer Agreement itself", description = "R5: the customer's parties only.")
    @APIResponse(responseCode = "200", description = "isSigned and when", content = @Content(schema = @Schema(implementation = DirectSignedStatus.class)))
    @APIResponse(responseCode = "404", description = "Unknown customer, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ownAcceptance(@PathParam("customerTenantId") UUID customerTenantId) {
        Customer customer = agreements.ownAcceptance(customerTenantId, caller.tenantId());
        return Response.ok(DirectSignedStatus.of(customer)).header("ETag", ETags.of(customer.version())).build();
    }

    @GET
    @Path("/agreement-status")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getCustomerAgreementStatus", summary = "The customer's Microsoft Customer Agreement status for a provider",
            description = "R5: ACCEPTED on the customer's own acceptance (it carries over) or on that provider's attestation; "
                    + "ACCEPTANCE_REQUIRED otherwise: a direct-bill partner's attestation does not carry over (reasonCode "
                    + "ATTESTATION_NOT_CARRIED_OVER), or there is none (NO_ACCEPTANCE).")
    @APIResponse(responseCode = "200", description = "The status and its basis", content = @Content(schema = @Schema(implementation = ProviderStatusResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: indirectProviderTenantId missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown customer, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderStatusResponse statusFor(@PathParam("customerTenantId") UUID customerTenantId,
                                            @Parameter(description = "The provider's tenant id (a UUID)", required = true)
                                            @QueryParam("indirectProviderTenantId") @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a tenant id (UUID)")
                                            String indirectProviderTenantId) {
        // taken as text and checked here: a UUID parameter that does not convert would be answered 404 by JAX-RS
        return ProviderStatusResponse.of(agreements.statusFor(customerTenantId, caller.tenantId(), UUID.fromString(indirectProviderTenantId)));
    }

    /** The only agreement type. */
    public enum AgreementType { MicrosoftCustomerAgreement }

    public record Attest(@NotNull AgreementType type, @NotBlank @Size(max = 100) @SingleLine @Schema(example = "117a15d1-0000-4000-8000-000000000001") String templateId, @NotNull LocalDate dateAgreed,
                         @NotNull @Valid Contact primaryContact) {
        AgreementAttestation.Attested toAttested() {
            return new AgreementAttestation.Attested(templateId, dateAgreed, new AgreementAttestation.Contact(primaryContact.firstName(),
                    primaryContact.lastName(), primaryContact.email(), primaryContact.phoneNumber()));
        }
    }

    public record Contact(@NotBlank @Size(max = 100) @SingleLine @Schema(example = "Anna") String firstName,
                          @NotBlank @Size(max = 100) @SingleLine @Schema(example = "Berg") String lastName,
                          @NotBlank @Email @Size(max = 254) @SingleLine @Schema(example = "anna.berg@contoso.example") String email,
                          @Size(max = 40) @SingleLine @Schema(example = "+46 40 123 45 67") String phoneNumber) {
    }

    public record AgreementResponse(UUID id, String type, String templateId, LocalDate dateAgreed, Contact primaryContact,
                                    UUID attestedByTenantId, String attestedByName, PartnerRole attesterRole, Instant createdAt) {
        static AgreementResponse of(CustomerAgreements.Attestation view) {
            var a = view.attestation();
            var c = a.attested().primaryContact();
            return new AgreementResponse(a.id(), a.agreementType(), a.attested().templateId(), a.attested().dateAgreed(),
                    new Contact(c.firstName(), c.lastName(), c.email(), c.phoneNumber()), a.attestedByTenantId(), view.attestedByName(),
                    a.attesterRole(), a.createdAt());
        }
    }

    public record Agreements(List<AgreementResponse> items) {
    }

    public record SignedRequest(@NotNull Boolean isSigned) {
    }

    public record DirectSignedStatus(boolean isSigned, Instant signedAt) {
        static DirectSignedStatus of(Customer customer) {
            return new DirectSignedStatus(customer.ownAgreementAcceptedAt().isPresent(), customer.ownAgreementAcceptedAt().orElse(null));
        }
    }

    public record ProviderStatusResponse(UUID customerTenantId, UUID indirectProviderTenantId, String providerName,
                                         AgreementStatus status, AgreementBasis basis, String reasonCode, String explanation) {
        static ProviderStatusResponse of(CustomerAgreements.ProviderStatus s) {
            return new ProviderStatusResponse(s.customerTenantId(), s.providerTenantId(), s.providerName(), s.standing().status(),
                    s.standing().basis(), s.standing().reasonCode(), s.standing().explanation());
        }
    }
}
