package org.csptransition.transfer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.messaging.EventHandler;
import org.csptransition.transfer.domain.KnownPartner;
import org.csptransition.transfer.persistence.KnownPartnerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps the {@link KnownPartner} read model from eligibility-service's partner events. */
@ApplicationScoped
public class PartnerEventsHandler implements EventHandler {

    private final KnownPartnerRepository partners;
    private final Clock clock;

    PartnerEventsHandler(KnownPartnerRepository partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNER_REGISTERED);
    }

    @Override
    public void handle(EventEnvelope event) {
        PartnerRegistered registered = event.payload(PartnerRegistered.class);
        Map<String, String> statuses = registered.programs().stream()
                .collect(Collectors.toMap(PartnerRegistered.Program::program, PartnerRegistered.Program::status, (a, b) -> b));
        var known = partners.findByIdOptional(registered.tenantId());
        KnownPartner partner = known.orElseGet(() -> KnownPartner.first(registered.tenantId()));
        partner.apply(event.time(), registered.partnerId(), registered.companyName(), registered.country(),
                registered.preferredLocale(), statuses, Instant.now(clock));
        if (known.isEmpty()) {
            partners.persist(partner);
        }
    }
}
