package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.domain.BillingProfile;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerRegistrationPolicy;
import org.csptransition.relationship.domain.CustomerRelationship;
import org.csptransition.relationship.domain.NoCspToCspResalePolicy;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.Partnership;
import org.csptransition.relationship.domain.RelationshipEvent;
import org.csptransition.relationship.domain.Via;
import org.csptransition.relationship.persistence.CustomerRepository;
import org.csptransition.relationship.persistence.PartnershipRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R2, E7: a direct-bill partner creates a customer; a provider creates one for one of its resellers; the program operator
 * imports an existing customer tenant. A partner never chooses the tenant id (customers cannot be claimed); never a CSP
 * partner tenant.
 */
@ApplicationScoped
public class CustomerRegistration {

    private final CustomerRepository customers;
    private final PartnershipRepository partnerships;
    private final KnownPartners partners;
    private final RelationshipEvents events;
    private final AgreementStatuses agreementStatuses;
    private final Customers views;
    private final Clock clock;

    CustomerRegistration(CustomerRepository customers, PartnershipRepository partnerships, KnownPartners partners,
                         RelationshipEvents events, AgreementStatuses agreementStatuses, Customers views, Clock clock) {
        this.customers = customers;
        this.partnerships = partnerships;
        this.partners = partners;
        this.events = events;
        this.agreementStatuses = agreementStatuses;
        this.views = views;
        this.clock = clock;
    }

    /** What a partner knows of a customer: {@code tenantId} is what the client sent, which a partner may not choose. */
    public record NewCustomer(UUID tenantId, String companyName, String domain, String country, BillingProfile billingProfile) {
    }

    /** An existing customer tenant the program operator imports, with its direct-bill partner. */
    public record ImportedCustomer(UUID tenantId, UUID directBillPartnerTenantId, String companyName, String domain, String country,
                                   BillingProfile billingProfile) {
    }

    /**
     * A partner creates a new customer, which gets a new tenant id from the suite (a partner never names one: it could
     * otherwise claim another company's customer). Without {@code associatedPartnerId} the caller is its direct-bill
     * partner; with it, the caller is a provider creating the customer for that reseller.
     */
    @Transactional
    public Customers.View register(UUID callerTenantId, NewCustomer request, String associatedPartnerId) {
        CustomerRegistrationPolicy.checkTenantIdNotGiven(request.tenantId()).orThrow();
        KnownPartner caller = partners.require(callerTenantId);
        Optional<KnownPartner> reseller = Optional.empty();
        if (associatedPartnerId == null) {
            CustomerRegistrationPolicy.checkDirectBillPartner(caller).orThrow();
        } else {
            reseller = partners.byPartnerId(associatedPartnerId);
            Optional<Partnership> partnership = reseller.flatMap(r -> partnerships.between(callerTenantId, r.tenantId()));
            CustomerRegistrationPolicy.checkProviderForReseller(caller, associatedPartnerId, reseller, partnership).orThrow();
        }

        Instant now = Instant.now(clock);
        UUID tenantId = UUID.randomUUID();
        UUID partnerTenantId = reseller.map(KnownPartner::tenantId).orElse(callerTenantId);
        Customer.Registered registered = Customer.register(tenantId, request.companyName(), request.domain(),
                request.country(), request.billingProfile(), reseller.isPresent() ? CustomerRelationship.INDIRECT_RESELLER_CUSTOMER
                        : CustomerRelationship.DIRECT_BILL_CUSTOMER, partnerTenantId, callerTenantId, now);
        Customer customer = registered.customer();
        List<Optional<RelationshipEvent.PartnerOfRecordAdded>> partnersOfRecord = reseller.isEmpty()
                ? List.of(customer.addPartnerOfRecord(callerTenantId, PartnerRole.DIRECT_BILL_PARTNER, true, Via.DIRECT, null, now))
                : List.of(customer.addPartnerOfRecord(partnerTenantId, PartnerRole.INDIRECT_RESELLER, true, Via.DIRECT,
                                callerTenantId, now),
                        customer.addPartnerOfRecord(callerTenantId, PartnerRole.INDIRECT_PROVIDER, true, Via.DIRECT,
                                partnerTenantId, now));
        persistNew(customer);
        events.record(registered.event());
        partnersOfRecord.forEach(events::record);
        // the provider's first agreement status (R5); a direct-bill customer has no provider yet, so nothing
        agreementStatuses.refresh(customer, now);
        return views.view(customer, callerTenantId);
    }

    /**
     * The program operator imports an existing customer tenant with its id, as the direct-bill customer of the partner it
     * names: the only way a chosen tenant id enters the suite. The operator may learn that a tenant is registered (409).
     */
    @Transactional
    public Customers.View importCustomer(UUID operatorTenantId, ImportedCustomer request) {
        Outcome notCsp = NoCspToCspResalePolicy.check(request.tenantId(), partners.isCspTenant(request.tenantId()), "tenantId");
        KnownPartner partner = partners.require(request.directBillPartnerTenantId());
        notCsp.and(CustomerRegistrationPolicy.checkImport(partner)).orThrow();
        CustomerRegistrationPolicy.checkNotRegistered(customers.findByIdOptional(request.tenantId())).orThrow();

        Instant now = Instant.now(clock);
        Customer.Registered registered = Customer.register(request.tenantId(), request.companyName(), request.domain(),
                request.country(), request.billingProfile(), CustomerRelationship.DIRECT_BILL_CUSTOMER, partner.tenantId(),
                operatorTenantId, now);
        Customer customer = registered.customer();
        var partnerOfRecord = customer.addPartnerOfRecord(partner.tenantId(), PartnerRole.DIRECT_BILL_PARTNER, true, Via.DIRECT,
                null, now);
        persistNew(customer);
        events.record(registered.event());
        events.record(partnerOfRecord);
        agreementStatuses.refresh(customer, now);
        return views.view(customer, operatorTenantId);
    }

    private void persistNew(Customer customer) {
        customers.persist(customer);
        Inserts.flushOrRefuse(customers::flush,
                () -> new RefusedException(CustomerRegistrationPolicy.alreadyRegistered(customer.tenantId())));
    }
}
