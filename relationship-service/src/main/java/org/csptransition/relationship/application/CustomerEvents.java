package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerRelationship;
import org.csptransition.relationship.domain.PartnerOfRecord;
import org.csptransition.relationship.domain.PartnerRole;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer facts the use cases publish, with the names a person needs, and the agreement status that follows a
 * provider becoming partner of record. Always inside the use case's transaction.
 */
@ApplicationScoped
class CustomerEvents {

    private final KnownPartners partners;
    private final AgreementStatuses agreementStatuses;
    private final Outbox outbox;

    CustomerEvents(KnownPartners partners, AgreementStatuses agreementStatuses, Outbox outbox) {
        this.partners = partners;
        this.agreementStatuses = agreementStatuses;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void registered(Customer customer, CustomerRelationship relationship, UUID partnerTenantId, UUID registeredByTenantId) {
        outbox.record(new CustomerRegistered(customer.tenantId(), customer.companyName(), customer.domain(), customer.country(),
                relationship.name(), partnerTenantId, partners.nameOf(partnerTenantId), registeredByTenantId,
                partners.nameOf(registeredByTenantId), customer.registeredAt()));
    }

    /**
     * Publishes what {@link Customer#addPartnerOfRecord} changed (nothing when it changed nothing); for a provider, its
     * agreement status (R5) too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void partnerOfRecord(Customer customer, Optional<PartnerOfRecord> changed, Instant now) {
        changed.ifPresent(por -> {
            outbox.record(new PartnerOfRecordAdded(customer.tenantId(), customer.companyName(), por.partnerTenantId(),
                    partners.nameOf(por.partnerTenantId()), por.role().name(), por.delegatedAdmin(), por.since(), por.via().name()));
            if (por.role() == PartnerRole.INDIRECT_PROVIDER) {
                agreementStatuses.refresh(customer, now);
            }
        });
    }
}
