package org.csptransition.transfer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.messaging.EventHandler;
import org.csptransition.transfer.domain.CustomerAgreement;
import org.csptransition.transfer.persistence.CustomerAgreementRepository;
import org.csptransition.transfer.persistence.KnownCustomerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Keeps the MCA status of each customer for each provider (R5), which T3 requires to be ACCEPTED for the target. */
@ApplicationScoped
public class AgreementEventsHandler implements EventHandler {

    private final CustomerAgreementRepository agreements;
    private final KnownCustomerRepository customers;
    private final Clock clock;

    AgreementEventsHandler(CustomerAgreementRepository agreements, KnownCustomerRepository customers, Clock clock) {
        this.agreements = agreements;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED);
    }

    @Override
    public void handle(EventEnvelope event) {
        AgreementStatusChanged changed = event.payload(AgreementStatusChanged.class);
        Instant now = Instant.now(clock);
        CustomerAgreement.Key key = new CustomerAgreement.Key(changed.customerTenantId(), changed.providerTenantId());
        Upsert.apply(agreements, key, () -> CustomerAgreement.first(changed.customerTenantId(), changed.providerTenantId()),
                agreement -> agreement.apply(event.time(), changed.status(), changed.basis(), changed.changedAt(), now));
        customers.findByIdOptional(changed.customerTenantId())
                .ifPresent(customer -> customer.applyName(event.time(), changed.customerName(), now));
    }
}
