package org.csptransition.eligibility.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.persistence.CustomerTenantRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.messaging.EventHandler;

import java.time.Clock;
import java.util.Set;

/** E7: keeps the tenants that are customers of a CSP partner, so that none of them is registered as a partner. */
@ApplicationScoped
public class CustomerTenantsHandler implements EventHandler {

    private final CustomerTenantRepository customerTenants;
    private final Clock clock;

    CustomerTenantsHandler(CustomerTenantRepository customerTenants, Clock clock) {
        this.customerTenants = customerTenants;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CUSTOMER_REGISTERED);
    }

    @Override
    public void handle(EventEnvelope event) {
        CustomerRegistered registered = event.payload(CustomerRegistered.class);
        customerTenants.remember(registered.customerTenantId(),
                registered.registeredAt() != null ? registered.registeredAt() : event.time().toInstant(), clock.instant());
    }
}
