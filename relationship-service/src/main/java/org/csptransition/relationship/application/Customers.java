package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.domain.BillingProfile;
import org.csptransition.relationship.domain.BillingProfileSharingPolicy;
import org.csptransition.relationship.domain.Capability;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomersToMove;
import org.csptransition.relationship.domain.CustomerCapabilities;
import org.csptransition.relationship.domain.PartnerOfRecord;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.persistence.CustomerRepository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** R2: a customer as each of its parties sees it; everyone else gets "not found". */
@ApplicationScoped
public class Customers {

    private final CustomerRepository customers;
    private final KnownPartners partners;

    Customers(CustomerRepository customers, KnownPartners partners) {
        this.customers = customers;
        this.partners = partners;
    }

    /** The customer, the caller's roles of record, and what the caller may do for it (R2). */
    public record View(Customer customer, Set<PartnerRole> callerRoles, List<Capability> capabilities) {
    }

    /** One partner of record, with the partner as this service knows it (for its name and PartnerID). */
    public record PartnerView(PartnerOfRecord partnerOfRecord, KnownPartner partner) {
    }

    /** E5: the partner's direct-bill customers and how many of them still have to move to a provider. */
    @Transactional
    public CustomersToMove toMove(UUID partnerTenantId) {
        return customers.customersToMove(partnerTenantId);
    }

    @Transactional
    public Page<View> ofCaller(UUID callerTenantId, Page.Request page) {
        return Page.of(customers.ofParty(callerTenantId, page.offset(), page.size() + 1), page).map(c -> view(c, callerTenantId));
    }

    @Transactional
    public View find(UUID customerTenantId, UUID callerTenantId) {
        return view(visible(customerTenantId, callerTenantId), callerTenantId);
    }

    @Transactional
    public List<PartnerView> partnersOfRecord(UUID customerTenantId, UUID callerTenantId) {
        return visible(customerTenantId, callerTenantId).partnersOfRecord().stream()
                .map(p -> new PartnerView(p, partners.known(p.partnerTenantId())))
                .toList();
    }

    /** R3: the billing profile, for the customer, its direct-bill partner and its providers only. */
    @Transactional
    public BillingProfile billingProfile(UUID customerTenantId, UUID callerTenantId) {
        Customer customer = visible(customerTenantId, callerTenantId);
        BillingProfileSharingPolicy.checkRead(customer, callerTenantId).orThrow();
        return customer.billingProfile().orElseThrow(() -> new RefusedException(BillingProfileSharingPolicy.notFound(customer)));
    }

    /** The customer if the caller is a party to it; else "not found", so that ids cannot be probed. */
    @Transactional(Transactional.TxType.MANDATORY)
    Customer visible(UUID customerTenantId, UUID callerTenantId) {
        return customers.findByIdOptional(customerTenantId)
                .filter(c -> c.isParty(callerTenantId))
                .orElseThrow(() -> notFound(customerTenantId));
    }

    /** The customer does not exist, or the caller is no party to it: both are answered alike. */
    static RefusedException notFound(UUID customerTenantId) {
        return new RefusedException(Refusal.notFound("Customer", customerTenantId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    View view(Customer customer, UUID callerTenantId) {
        return new View(customer, customer.rolesOf(callerTenantId),
                CustomerCapabilities.of(customer, callerTenantId, partners.find(callerTenantId)));
    }
}
