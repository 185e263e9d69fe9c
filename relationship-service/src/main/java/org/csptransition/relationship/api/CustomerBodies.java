package org.csptransition.relationship.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.csptransition.relationship.application.CustomerRegistration;
import org.csptransition.relationship.application.Customers;
import org.csptransition.relationship.domain.Capability;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.Via;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the customer endpoints (R2): request records list exactly the writable fields. */
public final class CustomerBodies {

    private CustomerBodies() {
    }

    public record RegisterCustomer(
            @NotNull UUID tenantId,
            @NotBlank @Size(max = 200) String companyName,
            @NotBlank @Size(max = 255) String domain,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") String country,
            @NotNull @Valid BillingProfile billingProfile,
            @Pattern(regexp = "\\d{1,10}", message = "must be a PartnerID (digits)") String associatedPartnerId) {

        CustomerRegistration.NewCustomer toNewCustomer() {
            return new CustomerRegistration.NewCustomer(tenantId, companyName, domain, country, billingProfile.toDomain());
        }
    }

    public record BillingProfile(@NotBlank @Email @Size(max = 254) String email, @NotNull @Valid Address address) {

        org.csptransition.relationship.domain.BillingProfile toDomain() {
            return new org.csptransition.relationship.domain.BillingProfile(email, address.line1(), address.line2(), address.city(),
                    address.postalCode(), address.region(), address.country());
        }

        static BillingProfile of(org.csptransition.relationship.domain.BillingProfile profile) {
            return new BillingProfile(profile.email(), new Address(profile.line1(), profile.line2(), profile.city(),
                    profile.postalCode(), profile.region(), profile.country()));
        }
    }

    public record Address(@NotBlank @Size(max = 200) String line1, @Size(max = 200) String line2,
                          @NotBlank @Size(max = 100) String city, @Size(max = 20) String postalCode,
                          @Size(max = 100) String region,
                          @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE") String country) {
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
