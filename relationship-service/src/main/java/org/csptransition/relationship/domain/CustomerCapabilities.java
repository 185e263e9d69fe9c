package org.csptransition.relationship.domain;

import org.csptransition.partners.KnownPartner;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * R2 what the caller may do for a customer. For its direct-bill customer a partner creates orders, manages Azure
 * reservations and order history, buys software and bills directly (unless restricted, E5: then only its existing
 * subscriptions); for an indirect-reseller customer the provider orders and the reseller manages licenses, users and
 * renewals: the direct-bill capability never buys for an indirect-reseller customer.
 */
public final class CustomerCapabilities {

    private CustomerCapabilities() {
    }

    /** {@code caller} is the caller's partner record, empty for the customer itself or a partner not known yet. */
    public static List<Capability> of(Customer customer, UUID callerTenantId, Optional<KnownPartner> caller) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (customer.tenantId().equals(callerTenantId)) {
            capabilities.add(Capability.ACCEPT_CUSTOMER_AGREEMENT);
        }
        Set<PartnerRole> roles = customer.rolesOf(callerTenantId);
        if (roles.contains(PartnerRole.DIRECT_BILL_PARTNER)) {
            boolean restricted = caller.map(KnownPartner::isDirectBillRestricted).orElse(false);
            boolean billsDirectly = caller.map(p -> p.isDirectBillActive() || p.isDirectBillRestricted()).orElse(false);
            if (billsDirectly && !restricted) {
                capabilities.addAll(List.of(Capability.CREATE_ORDERS, Capability.BUY_SOFTWARE));
            }
            if (billsDirectly) {
                capabilities.addAll(List.of(Capability.MANAGE_AZURE_RESERVATIONS, Capability.MANAGE_ORDER_HISTORY,
                        Capability.BILL_DIRECTLY, Capability.MANAGE_EXISTING_SUBSCRIPTIONS));
            }
            capabilities.add(Capability.ATTEST_CUSTOMER_AGREEMENT);
            if (caller.map(KnownPartner::hasCompletedTransition).orElse(false)) {
                capabilities.addAll(List.of(Capability.EXTEND_RELATIONSHIP_TO_PROVIDER, Capability.TRANSFER_SUBSCRIPTIONS_TO_PROVIDER));
            }
        }
        if (roles.contains(PartnerRole.INDIRECT_RESELLER)) {
            capabilities.addAll(List.of(Capability.MANAGE_LICENSES, Capability.MANAGE_USERS, Capability.MANAGE_RENEWALS));
        }
        if ((roles.contains(PartnerRole.DIRECT_BILL_PARTNER) || roles.contains(PartnerRole.INDIRECT_RESELLER))
                && caller.map(KnownPartner::isActiveReseller).orElse(false)) {
            capabilities.add(Capability.INVITE_WITH_PROVIDER);
        }
        if (roles.contains(PartnerRole.INDIRECT_PROVIDER)) {
            capabilities.addAll(List.of(Capability.CREATE_ORDERS, Capability.ATTEST_CUSTOMER_AGREEMENT, Capability.VIEW_BILLING_PROFILE));
        }
        return List.copyOf(capabilities);
    }
}
