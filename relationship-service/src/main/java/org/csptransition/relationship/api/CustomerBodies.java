package org.csptransition.relationship.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.CustomerRegistration;
import org.csptransition.relationship.application.Customers;
import org.csptransition.relationship.domain.Capability;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.Via;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the customer endpoints (R2): request records list exactly the writable fields. */
public final class CustomerBodies {

    /** A DNS name (letters, digits, hyphens, dots): one line, no spaces, nothing that could break a header or a link. */
    static final String DOMAIN = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*";

    private CustomerBodies() {
    }

    /**
     * A partner creates a new customer. {@code tenantId} is not the client's to choose: the suite assigns it, and a request
     * that names one is refused with CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE (kept in the body so that the refusal is clear).
     */
    public record RegisterCustomer(
            @Schema(description = "Not accepted: the suite assigns a new customer's tenant id (422 CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE). "
                    + "An existing customer tenant joins through an invitation its admin accepts (R4), or the operator's import.",
                    deprecated = true)
            UUID tenantId,
            @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Contoso AB") String companyName,
            @NotBlank @Size(max = 255) @Pattern(regexp = DOMAIN, message = "must be a domain name such as contoso.onmicrosoft.com")
            @Schema(example = "contoso.onmicrosoft.com") String domain,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") @Schema(example = "SE") String country,
            @NotNull @Valid BillingProfile billingProfile,
            @Pattern(regexp = "\\d{1,10}", message = "must be a PartnerID (digits)") String associatedPartnerId) {

        CustomerRegistration.NewCustomer toNewCustomer() {
            return new CustomerRegistration.NewCustomer(tenantId, companyName, domain, country, billingProfile.toDomain());
        }
    }

    /** The program operator imports an existing customer tenant, with its id, as the direct-bill customer of a partner. */
    public record ImportCustomer(
            @NotNull UUID tenantId,
            @NotNull UUID directBillPartnerTenantId,
            @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Contoso AB") String companyName,
            @NotBlank @Size(max = 255) @Pattern(regexp = DOMAIN, message = "must be a domain name such as contoso.onmicrosoft.com")
            @Schema(example = "contoso.onmicrosoft.com") String domain,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") @Schema(example = "SE") String country,
            @NotNull @Valid BillingProfile billingProfile) {

        CustomerRegistration.ImportedCustomer toImported() {
            return new CustomerRegistration.ImportedCustomer(tenantId, directBillPartnerTenantId, companyName, domain, country,
                    billingProfile.toDomain());
        }
    }

    public record BillingProfile(@NotBlank @Email @Size(max = 254) @SingleLine @Schema(example = "billing@contoso.example") String email, @NotNull @Valid Address address) {

        org.csptransition.relationship.domain.BillingProfile toDomain() {
            return new org.csptransition.relationship.domain.BillingProfile(email, address.line1(), address.line2(), address.city(),
                    address.postalCode(), address.region(), address.country());
        }

        static BillingProfile of(org.csptransition.relationship.domain.BillingProfile profile) {
            return new BillingProfile(profile.email(), new Address(profile.line1(), profile.line2(), profile.city(),
                    profile.postalCode(), profile.region(), profile.country()));
        }
    }

    public record Address(@NotBlank @Size(max = 200) @SingleLine @Schema(example = "Stortorget 1") String line1, @Size(max = 200) @SingleLine String line2,
                          @NotBlank @Size(max = 100) @SingleLine @Schema(example = "Malmö") String city,
                          @Size(max = 20) @SingleLine @Schema(example = "211 20") String postalCode,
                          @Size(max = 100) @SingleLine String region,
                          @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") @Schema(example = "SE") String country) {
    }

    /** A customer as one of its parties sees it: the caller's roles of record and what it may do for the customer (R2). */
    public record CustomerResponse(UUID tenantId, String companyName, String domain, String country, Instant registeredAt,
                                   Set<PartnerRole> callerRoles, List<Capability> capabilities) {
        static CustomerResponse of(Customers.View view) {
            var c = view.customer();
            return new CustomerResponse(c.tenantId(), c.companyName(), c.domain(), c.country(), c.registeredAt(),
                    view.callerRoles(), view.capabilities());
        }
    }

    public record CustomerPage(List<CustomerResponse> items, String continuationToken) {
    }

    /** R2: one partner of record. */
    public record PartnerOfRecordResponse(UUID partnerTenantId, String partnerName, String partnerId, PartnerRole role,
                                          boolean delegatedAdmin, Instant since, Via via) {
        static PartnerOfRecordResponse of(Customers.PartnerView view) {
            var p = view.partnerOfRecord();
            return new PartnerOfRecordResponse(p.partnerTenantId(), view.partner().displayName(), view.partner().partnerId(),
                    p.role(), p.delegatedAdmin(), p.since(), p.via());
        }
    }

    public record PartnersOfRecord(List<PartnerOfRecordResponse> items) {
    }
}
