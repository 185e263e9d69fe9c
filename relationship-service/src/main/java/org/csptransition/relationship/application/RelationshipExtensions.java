package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerConsent;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.RelationshipExtension;
import org.csptransition.relationship.domain.RelationshipExtensionPolicy;
import org.csptransition.relationship.domain.Via;
import org.csptransition.relationship.persistence.CustomerRepository;
import org.csptransition.relationship.persistence.PartnershipRepository;
import org.csptransition.relationship.persistence.RelationshipExtensionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** R3: a transitioned partner extends its direct-bill customer to one of its providers. */
@ApplicationScoped
public class RelationshipExtensions {

    private final RelationshipExtensionRepository extensions;
    private final CustomerRepository customers;
    private final PartnershipRepository partnerships;
    private final KnownPartners partners;
    private final RelationshipEvents events;
    private final AgreementStatuses agreementStatuses;
    private final Clock clock;

    RelationshipExtensions(RelationshipExtensionRepository extensions, CustomerRepository customers,
                           PartnershipRepository partnerships, KnownPartners partners, RelationshipEvents events,
                           AgreementStatuses agreementStatuses, Clock clock) {
        this.extensions = extensions;
        this.customers = customers;
        this.partnerships = partnerships;
        this.partners = partners;
        this.events = events;
        this.agreementStatuses = agreementStatuses;
        this.clock = clock;
    }

    /** An extension with the names of its customer and provider. */
    public record View(RelationshipExtension extension, String customerName, String providerName) {
    }

    @Transactional
    public View extend(UUID customerTenantId, UUID resellerTenantId, String user, UUID providerTenantId, CustomerConsent consent) {
        Customer customer = customers.findForUpdate(customerTenantId)
                .filter(c -> c.isParty(resellerTenantId) && !c.tenantId().equals(resellerTenantId))
                .orElseThrow(() -> Customers.notFound(customerTenantId));
        KnownPartner reseller = partners.require(resellerTenantId);
        KnownPartner provider = partners.known(providerTenantId);
        Instant now = Instant.now(clock);
        RelationshipExtensionPolicy.check(reseller, customer, provider, partnerships.between(providerTenantId, resellerTenantId),
                consent, now).orThrow();

        RelationshipExtension.Extended extended = RelationshipExtension.extend(UUID.randomUUID(), customer, resellerTenantId,
                providerTenantId, consent, user, now);
        extensions.persist(extended.extension());
        var providerOfRecord = customer.addPartnerOfRecord(providerTenantId, PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION,
                resellerTenantId, now);
        events.record(extended.event());
        events.record(providerOfRecord);
        agreementStatuses.refresh(customer, now);
        return new View(extended.extension(), customer.companyName(), provider.displayName());
    }

    /** An extension of a customer the caller is a party to. */
    @Transactional
    public View find(UUID customerTenantId, UUID extensionId, UUID callerTenantId) {
        Customer customer = customers.findByIdOptional(customerTenantId).filter(c -> c.isParty(callerTenantId))
                .orElseThrow(() -> Customers.notFound(customerTenantId));
        RelationshipExtension extension = extensions.findByIdOptional(extensionId)
                .filter(e -> e.customerTenantId().equals(customerTenantId))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Relationship extension", extensionId)));
        return new View(extension, customer.companyName(), partners.nameOf(extension.providerTenantId()));
    }
}
