package org.csptransition.relationship.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R2 Customers and their partners: a direct-bill partner registers its existing customers (its direct-bill customers) unless
 * it is restricted (E5: no new customers); an indirect reseller cannot create customer tenants, its provider creates one on
 * its behalf (the customer is then the reseller's indirect-reseller customer), which needs an active partnership (R1).
 */
public final class CustomerRegistrationPolicy {

    public static final String DIRECT_BILL_RESTRICTED = "DIRECT_BILL_RESTRICTED";
    public static final String DIRECT_BILL_PROGRAM_NOT_ACTIVE = "DIRECT_BILL_PROGRAM_NOT_ACTIVE";
    public static final String RESELLER_CANNOT_CREATE_CUSTOMERS = "RESELLER_CANNOT_CREATE_CUSTOMERS";
    public static final String CUSTOMER_ALREADY_REGISTERED = "CUSTOMER_ALREADY_REGISTERED";

    private CustomerRegistrationPolicy() {
    }

    /** A direct-bill partner registers one of its customers. */
    public static List<Refusal> checkDirectBillPartner(KnownPartner partner) {
        if (partner.isDirectBillRestricted()) {
            return List.of(Refusal.refused(DIRECT_BILL_RESTRICTED, "The direct-bill capabilities of " + partner.displayName()
                    + " are restricted: it keeps its existing customers and subscriptions but cannot add new customers (E5)"));
        }
        if (!partner.holdsDirectBill() && partner.isActiveReseller()) {
            return List.of(Refusal.refused(RESELLER_CANNOT_CREATE_CUSTOMERS, "An indirect reseller cannot create customer "
                    + "tenants: its indirect provider creates the customer on its behalf, or it invites the customer (R4)"));
        }
        if (!partner.isDirectBillActive()) {
            return List.of(Refusal.refused(DIRECT_BILL_PROGRAM_NOT_ACTIVE, "Only a partner whose direct-bill program is active "
                    + "registers its customers; the program of " + partner.displayName() + " is "
                    + ProviderDirectoryPolicy.status(partner.directBillStatus())));
        }
        return List.of();
    }

    /**
     * A provider creates a customer for the reseller named by {@code associatedPartnerId} ({@code reseller} empty when no known
     * partner has it), with which it has an active partnership.
     */
    public static List<Refusal> checkProviderForReseller(KnownPartner provider, String associatedPartnerId,
                                                         Optional<KnownPartner> reseller, Optional<Partnership> partnership) {
        List<Refusal> refusals = new ArrayList<>();
        if (!provider.isActiveProvider()) {
            refusals.add(Refusal.refused(ProviderDirectoryPolicy.PROVIDER_PROGRAM_NOT_ACTIVE, "Only an indirect provider creates "
                    + "customers for a reseller; the provider program of " + provider.displayName() + " is "
                    + ProviderDirectoryPolicy.status(provider.indirectProviderStatus())));
        }
        if (reseller.isEmpty()) {
            refusals.add(Refusal.invalid(PartnershipPolicy.RESELLER_PARTNER_ID_UNKNOWN, "associatedPartnerId",
                    "No partner with PartnerID " + associatedPartnerId + " is known"));
        } else if (partnership.filter(Partnership::isActive).isEmpty()) {
            refusals.add(Refusal.invalid(PartnershipPolicy.PARTNERSHIP_NOT_ACTIVE, "associatedPartnerId", "There is no active "
                    + "partnership with " + reseller.get().displayName() + "; invite the reseller first (R1)"));
        }
        return refusals;
    }

    public static Refusal alreadyRegistered(Customer existing) {
        return Refusal.conflict(CUSTOMER_ALREADY_REGISTERED, "Customer tenant " + existing.tenantId() + " is already registered; "
                + "another partner joins its partners of record through an invitation the customer accepts (R4)");
    }
}
