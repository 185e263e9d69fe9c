package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R2 Customers and their partners: a direct-bill partner creates new customers (its direct-bill customers) unless it is
 * restricted (E5: no new customers), and the operator imports its existing ones; an indirect reseller cannot create customer tenants, its provider creates one on
 * its behalf (the customer is then the reseller's indirect-reseller customer), which needs an active partnership (R1).
 * <p>
 * Customers cannot be claimed: a partner that creates a customer gets a new tenant id from the suite, never one it names,
 * because naming an existing tenant would make it that tenant's partner of record with delegated admin. An existing
 * customer tenant comes in with its id only by the program operator's import (it knows whose customer it is), or joins a
 * partner through that customer's own consent (R4, accepted by its CustomerAdmin).
 */
public final class CustomerRegistrationPolicy {

    public static final String DIRECT_BILL_RESTRICTED = "DIRECT_BILL_RESTRICTED";
    public static final String DIRECT_BILL_PROGRAM_NOT_ACTIVE = "DIRECT_BILL_PROGRAM_NOT_ACTIVE";
    public static final String RESELLER_CANNOT_CREATE_CUSTOMERS = "RESELLER_CANNOT_CREATE_CUSTOMERS";
    public static final String CUSTOMER_ALREADY_REGISTERED = "CUSTOMER_ALREADY_REGISTERED";
    public static final String CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE = "CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE";

    private CustomerRegistrationPolicy() {
    }

    /** A direct-bill partner registers one of its customers. */
    public static Outcome checkDirectBillPartner(KnownPartner partner) {
        if (partner.isDirectBillRestricted()) {
            return Refusal.invalid(DIRECT_BILL_RESTRICTED, "The direct-bill capabilities of " + partner.displayName()
                    + " are restricted: it keeps its existing customers and subscriptions but cannot add new customers (E5)")
                    .with("partner", partner.displayName()).outcome();
        }
        if (!partner.holdsDirectBill() && partner.isActiveReseller()) {
            return Refusal.invalid(RESELLER_CANNOT_CREATE_CUSTOMERS, "An indirect reseller cannot create customer tenants: its "
                    + "indirect provider creates the customer on its behalf, or it invites the customer (R4)").outcome();
        }
        if (!partner.isDirectBillActive()) {
            String status = ProviderDirectoryPolicy.programStatus(partner.directBillStatus());
            return Refusal.invalid(DIRECT_BILL_PROGRAM_NOT_ACTIVE, "Only a partner whose direct-bill program is active registers "
                    + "its customers; the program of " + partner.displayName() + " is " + status)
                    .with("partner", partner.displayName()).with("status", status).outcome();
        }
        return Outcome.allowed();
    }

    /**
     * A partner creating a customer names no tenant id: the suite assigns a new one. Refused rather than ignored, so that a
     * client that meant an existing tenant learns the way that exists for it (R4) instead of getting a different tenant.
     */
    public static Outcome checkTenantIdNotGiven(UUID requestedTenantId) {
        return Outcome.refusedIf(requestedTenantId != null, Refusal.invalid(CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE, "tenantId",
                "A partner creates a new customer without a tenantId: the suite assigns it. An existing customer tenant joins "
                        + "its partners through an invitation its admin accepts (R4), or is imported by the program operator"));
    }

    /**
     * The program operator imports an existing direct-bill customer of {@code partner}. It records a customer the partner
     * already has, so a restricted partner (E5: keeps its existing customers) qualifies too; one without direct bill does not.
     */
    public static Outcome checkImport(KnownPartner partner) {
        if (partner.isDirectBillActive() || partner.isDirectBillRestricted()) {
            return Outcome.allowed();
        }
        String status = ProviderDirectoryPolicy.programStatus(partner.directBillStatus());
        return Refusal.invalid(DIRECT_BILL_PROGRAM_NOT_ACTIVE, "directBillPartnerTenantId", "Only a partner whose direct-bill program "
                        + "is active registers its customers; the program of " + partner.displayName() + " is " + status)
                .with("partner", partner.displayName()).with("status", status).outcome();
    }

    /**
     * A provider creates a customer for the reseller named by {@code associatedPartnerId} ({@code reseller} empty when no known
     * partner has it), with which it has an active partnership.
     */
    public static Outcome checkProviderForReseller(KnownPartner provider, String associatedPartnerId,
                                                   Optional<KnownPartner> reseller, Optional<Partnership> partnership) {
        List<Refusal> refusals = new ArrayList<>();
        if (!provider.isActiveProvider()) {
            refusals.add(ProviderDirectoryPolicy.providerProgramNotActive(provider));
        }
        if (reseller.isEmpty()) {
            refusals.add(PartnershipPolicy.resellerPartnerIdUnknown(associatedPartnerId, "associatedPartnerId"));
        } else if (partnership.filter(Partnership::isActive).isEmpty()) {
            refusals.add(PartnershipPolicy.partnershipNotActive(reseller.get().displayName(), "associatedPartnerId"));
        }
        return Outcome.of(refusals);
    }

    /** The tenant must not be registered yet: another partner joins through an invitation instead. */
    public static Outcome checkNotRegistered(Optional<Customer> existing) {
        return existing.map(c -> alreadyRegistered(c.tenantId()).outcome()).orElse(Outcome.allowed());
    }

    /** Also the answer when another request registered the same tenant at the same moment. */
    public static Refusal alreadyRegistered(UUID tenantId) {
        return Refusal.conflict(CUSTOMER_ALREADY_REGISTERED, "Customer tenant " + tenantId + " is already registered; another "
                + "partner joins its partners of record through an invitation the customer accepts (R4)").with("tenantId", tenantId);
    }
}
