package org.csptransition.transfer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.messaging.EventHandler;
import org.csptransition.transfer.domain.KnownCustomer;
import org.csptransition.transfer.domain.PartnerOfRecord;
import org.csptransition.transfer.persistence.KnownCustomerRepository;
import org.csptransition.transfer.persistence.PartnerOfRecordRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps the customers and their partners of record (R2–R4) from relationship-service's events: T3 needs the customer's
 * name and the provider as partner of record; R2 needs to know whose direct-bill customer it is. The extension and the
 * invitation say the same as the partner-of-record events that accompany them; applying both changes nothing twice.
 */
@ApplicationScoped
public class CustomerEventsHandler implements EventHandler {

    private static final String DIRECT_BILL_CUSTOMER = "DIRECT_BILL_CUSTOMER";
    private static final String INDIRECT_RESELLER_CUSTOMER = "INDIRECT_RESELLER_CUSTOMER";

    private final KnownCustomerRepository customers;
    private final PartnerOfRecordRepository partnersOfRecord;
    private final Clock clock;

    CustomerEventsHandler(KnownCustomerRepository customers, PartnerOfRecordRepository partnersOfRecord, Clock clock) {
        this.customers = customers;
        this.partnersOfRecord = partnersOfRecord;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CUSTOMER_REGISTERED, EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED,
                EventType.CUSTOMER_RELATIONSHIP_EXTENDED, EventType.CUSTOMER_INVITATION_ACCEPTED);
    }

    @Override
    public void handle(EventEnvelope event) {
        Instant now = Instant.now(clock);
        OffsetDateTime time = event.time();
        switch (EventType.fromWireName(event.type()).orElseThrow()) {
            case CUSTOMER_REGISTERED -> {
                CustomerRegistered registered = event.payload(CustomerRegistered.class);
                customer(registered.customerTenantId(),
                        c -> c.applyRegistration(time, registered.companyName(), registered.domain(), registered.country(), now));
                String role = switch (registered.relationship()) {
                    case DIRECT_BILL_CUSTOMER -> PartnerOfRecord.DIRECT_BILL_PARTNER;
                    case INDIRECT_RESELLER_CUSTOMER -> PartnerOfRecord.INDIRECT_RESELLER;
                    default -> null;
                };
                if (role != null && registered.partnerTenantId() != null) {
                    partnerOfRecord(registered.customerTenantId(), registered.partnerTenantId(), role,
                            p -> p.apply(time, registered.partnerName(), false, registered.registeredAt(), "DIRECT", now));
                }
            }
            case CUSTOMER_PARTNER_OF_RECORD_ADDED -> {
                PartnerOfRecordAdded added = event.payload(PartnerOfRecordAdded.class);
                customer(added.customerTenantId(), c -> c.applyName(time, added.customerName(), now));
                partnerOfRecord(added.customerTenantId(), added.partnerTenantId(), added.role(),
                        p -> p.apply(time, added.partnerName(), added.delegatedAdmin(), added.since(), added.via(), now));
            }
            case CUSTOMER_RELATIONSHIP_EXTENDED -> {
                RelationshipExtended extended = event.payload(RelationshipExtended.class);
                customer(extended.customerTenantId(), c -> c.applyName(time, extended.customerName(), now));
                partnerOfRecord(extended.customerTenantId(), extended.providerTenantId(), PartnerOfRecord.INDIRECT_PROVIDER,
                        p -> p.apply(time, extended.providerName(), false, extended.extendedAt(), "EXTENSION", now));
            }
            case CUSTOMER_INVITATION_ACCEPTED -> {
                CustomerInvitationAccepted accepted = event.payload(CustomerInvitationAccepted.class);
                customer(accepted.customerTenantId(), c -> c.applyName(time, accepted.customerName(), now));
                partnerOfRecord(accepted.customerTenantId(), accepted.resellerTenantId(), PartnerOfRecord.INDIRECT_RESELLER,
                        p -> p.apply(time, accepted.resellerName(), true, accepted.acceptedAt(), "INVITATION", now));
                partnerOfRecord(accepted.customerTenantId(), accepted.providerTenantId(), PartnerOfRecord.INDIRECT_PROVIDER,
                        p -> p.apply(time, accepted.providerName(), true, accepted.acceptedAt(), "INVITATION", now));
            }
            default -> {
                // not subscribed
            }
        }
    }

    private void customer(UUID customerTenantId, Consumer<KnownCustomer> fact) {
        Upsert.apply(customers, customerTenantId, () -> KnownCustomer.first(customerTenantId), fact);
    }

    private void partnerOfRecord(UUID customerTenantId, UUID partnerTenantId, String role, Consumer<PartnerOfRecord> fact) {
        Upsert.apply(partnersOfRecord, new PartnerOfRecord.Key(customerTenantId, partnerTenantId, role),
                () -> PartnerOfRecord.first(customerTenantId, partnerTenantId, role), fact);
    }
}
