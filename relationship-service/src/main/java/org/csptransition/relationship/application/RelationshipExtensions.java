package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.relationship.domain.BillingProfile;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerConsent;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.NotFoundException;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.RefusedException;
import org.csptransition.relationship.domain.RelationshipExtension;
import org.csptransition.relationship.domain.RelationshipExtensionPolicy;
import org.csptransition.relationship.domain.Via;
import org.csptransition.relationship.persistence.CustomerRepository;
import org.csptransition.relationship.persistence.KnownPartnerRepository;
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
    private final KnownPartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final KnownPartners knownPartners;
    private final CustomerEvents events;
    private final Outbox outbox;
    private final Clock clock;

    RelationshipExtensions(RelationshipExtensionRepository extensions, CustomerRepository customers, KnownPartnerRepository partners,
                           PartnershipRepository partnerships, KnownPartners knownPartners, CustomerEvents events, Outbox outbox,
                           Clock clock) {
        this.extensions = extensions;
        this.customers = customers;
        this.partners = partners;
        this.partnerships = partnerships;
        this.knownPartners = knownPartners;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An extension with the names of its customer and provider. */
    public record View(RelationshipExtension extension, String customerName, String providerName) {
    }

    @Transactional
    public View extend(UUID customerTenantId, UUID resellerTenantId, String user, UUID providerTenantId, CustomerConsent consent) {
        Customer customer = customers.findForUpdate(customerTenantId)
                .filter(c -> c.isParty(resellerTenantId) && !c.tenantId().equals(resellerTenantId))
                .orElseThrow(() -> new NotFoundException("Customer", customerTenantId));
        KnownPartner reseller = knownPartners.require(resellerTenantId);
        KnownPartner provider = partners.findByIdOptional(providerTenantId).orElseGet(() -> KnownPartner.first(providerTenantId));
        Instant now = Instant.now(clock);
        RefusedException.throwIfAny(RelationshipExtensionPolicy.check(reseller, customer, provider,
                partnerships.between(providerTenantId, resellerTenantId), consent, now));

        RelationshipExtension extension = RelationshipExtension.extend(UUID.randomUUID(), customerTenantId, resellerTenantId,
                providerTenantId, consent, user, now);
        extensions.persist(extension);
        var providerOfRecord = customer.addPartnerOfRecord(providerTenantId, PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION,
                resellerTenantId, now);
        outbox.record(new RelationshipExtended(extension.id(), customerTenantId, customer.companyName(), resellerTenantId,
                reseller.displayName(), providerTenantId, provider.displayName(),
                new RelationshipExtended.Consent(consent.attestedBy(), consent.attestedAt()),
                customer.billingProfile().map(RelationshipExtensions::shared).orElse(null), now));
        events.partnerOfRecord(customer, providerOfRecord, now);
        return new View(extension, customer.companyName(), provider.displayName());
    }

    /** An extension of a customer the caller is a party to. */
    @Transactional
    public View find(UUID customerTenantId, UUID extensionId, UUID callerTenantId) {
        Customer customer = customers.findByIdOptional(customerTenantId).filter(c -> c.isParty(callerTenantId))
                .orElseThrow(() -> new NotFoundException("Customer", customerTenantId));
        RelationshipExtension extension = extensions.findByIdOptional(extensionId)
                .filter(e -> e.customerTenantId().equals(customerTenantId))
                .orElseThrow(() -> new NotFoundException("Relationship extension", extensionId));
        return new View(extension, customer.companyName(), knownPartners.nameOf(extension.providerTenantId()));
    }

    private static RelationshipExtended.BillingProfile shared(BillingProfile profile) {
        return new RelationshipExtended.BillingProfile(profile.email(), new RelationshipExtended.Address(profile.line1(),
                profile.line2(), profile.city(), profile.postalCode(), profile.region(), profile.country()));
    }
}
