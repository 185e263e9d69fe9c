package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.relationship.domain.BillingProfile;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerRegistrationPolicy;
import org.csptransition.relationship.domain.CustomerRelationship;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.NoCspToCspResalePolicy;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.Partnership;
import org.csptransition.relationship.domain.Refusal;
import org.csptransition.relationship.domain.RefusedException;
import org.csptransition.relationship.domain.Via;
import org.csptransition.relationship.persistence.CustomerRepository;
import org.csptransition.relationship.persistence.KnownPartnerRepository;
import org.csptransition.relationship.persistence.PartnershipRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R2, E7: a direct-bill partner registers its existing customers; a provider creates a customer for one of its resellers.
 * Never a CSP partner tenant.
 */
@ApplicationScoped
public class CustomerRegistration {

    private final CustomerRepository customers;
    private final KnownPartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final KnownPartners knownPartners;
    private final CustomerEvents events;
    private final Customers views;
    private final Clock clock;

    CustomerRegistration(CustomerRepository customers, KnownPartnerRepository partners, PartnershipRepository partnerships,
                         KnownPartners knownPartners, CustomerEvents events, Customers views, Clock clock) {
        this.customers = customers;
        this.partners = partners;
        this.partnerships = partnerships;
        this.knownPartners = knownPartners;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    /** The customer tenant and what its partner knows of it. */
    public record NewCustomer(UUID tenantId, String companyName, String domain, String country, BillingProfile billingProfile) {
    }

    /**
     * Registers the customer. Without {@code associatedPartnerId} the caller is its direct-bill partner; with it, the caller
     * is a provider creating the customer for that reseller.
     */
    @Transactional
    public Customers.View register(UUID callerTenantId, NewCustomer request, String associatedPartnerId) {
        KnownPartner caller = knownPartners.require(callerTenantId);
        List<Refusal> refusals = new ArrayList<>(NoCspToCspResalePolicy.check(request.tenantId(),
                partners.findByIdOptional(request.tenantId()).isPresent(), "tenantId"));
        Optional<KnownPartner> reseller = Optional.empty();
        if (associatedPartnerId == null) {
            refusals.addAll(CustomerRegistrationPolicy.checkDirectBillPartner(caller));
        } else {
            reseller = partners.findByPartnerId(associatedPartnerId);
            Optional<Partnership> partnership = reseller.flatMap(r -> partnerships.between(callerTenantId, r.tenantId()));
            refusals.addAll(CustomerRegistrationPolicy.checkProviderForReseller(caller, associatedPartnerId, reseller, partnership));
        }
        RefusedException.throwIfAny(refusals);
        customers.findByIdOptional(request.tenantId()).ifPresent(existing -> {
            throw new RefusedException(CustomerRegistrationPolicy.alreadyRegistered(existing));
        });

        Instant now = Instant.now(clock);
        Customer customer = Customer.register(request.tenantId(), request.companyName(), request.domain(), request.country(),
                request.billingProfile(), callerTenantId, now);
        if (reseller.isEmpty()) {
            var partner = customer.addPartnerOfRecord(callerTenantId, PartnerRole.DIRECT_BILL_PARTNER, true, Via.DIRECT, null, now);
            persistNew(customer);
            events.registered(customer, CustomerRelationship.DIRECT_BILL_CUSTOMER, callerTenantId, callerTenantId);
            events.partnerOfRecord(customer, partner, now);
        } else {
            UUID resellerTenantId = reseller.get().tenantId();
            var resellerOfRecord = customer.addPartnerOfRecord(resellerTenantId, PartnerRole.INDIRECT_RESELLER, true, Via.DIRECT,
                    callerTenantId, now);
            var providerOfRecord = customer.addPartnerOfRecord(callerTenantId, PartnerRole.INDIRECT_PROVIDER, true, Via.DIRECT,
                    resellerTenantId, now);
            persistNew(customer);
            events.registered(customer, CustomerRelationship.INDIRECT_RESELLER_CUSTOMER, resellerTenantId, callerTenantId);
            events.partnerOfRecord(customer, resellerOfRecord, now);
            events.partnerOfRecord(customer, providerOfRecord, now);
        }
        return views.view(customer, callerTenantId);
    }

    private void persistNew(Customer customer) {
        customers.persist(customer);
        Inserts.flushOrRefuse(customers::flush, () -> new RefusedException(CustomerRegistrationPolicy.alreadyRegistered(customer)));
    }
}
