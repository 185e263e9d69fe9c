package org.csptransition.partners.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.messaging.EventHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps the {@link KnownPartner} read model from eligibility-service's partner events. An event about a partner not known
 * yet creates a partial row, so nothing is lost whatever order the events arrive in.
 */
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
        return Set.of(EventType.PARTNER_REGISTERED, EventType.PARTNER_UPDATED, EventType.PARTNER_PROGRAM_CHANGED,
                EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED);
    }

    @Override
    public void handle(EventEnvelope event) {
        Instant now = Instant.now(clock);
        switch (EventType.fromWireName(event.type()).orElseThrow()) {
            case PARTNER_REGISTERED -> {
                PartnerRegistered registered = event.payload(PartnerRegistered.class);
                apply(registered.tenantId(), p -> p.applyRegistration(event.time(), registered.partnerId(),
                        registered.companyName(), registered.country(), registered.preferredLocale(),
                        statuses(registered.programs()), registered.transitionCompletedAt(), now));
            }
            case PARTNER_UPDATED -> {
                PartnerUpdated updated = event.payload(PartnerUpdated.class);
                apply(updated.tenantId(), p -> p.applyProfileUpdate(event.time(), updated.companyName(), updated.preferredLocale(), now));
            }
            case PARTNER_PROGRAM_CHANGED -> {
                PartnerProgramChanged changed = event.payload(PartnerProgramChanged.class);
                apply(changed.tenantId(), p -> p.applyProgramChange(event.time(), changed.program(), changed.status(), now));
            }
            case INDIRECT_RESELLER_ENROLLMENT_COMPLETED -> {
                IndirectResellerEnrollmentCompleted completed = event.payload(IndirectResellerEnrollmentCompleted.class);
                apply(completed.tenantId(), p -> p.applyTransitionCompleted(event.time(), completed.completedAt(),
                        statuses(completed.programs()), now));
            }
            default -> throw new IllegalStateException("Not handled here: " + event.type());
        }
    }

    private void apply(UUID tenantId, Consumer<KnownPartner> fact) {
        Optional<KnownPartner> known = partners.findForUpdate(tenantId);
        KnownPartner partner = known.orElseGet(() -> KnownPartner.first(tenantId));
        fact.accept(partner);
        if (known.isEmpty()) {
            // persisted only after the fact was applied: Hibernate inserts the state the entity had when persisted
            partners.persist(partner);
        }
    }

    private static Map<String, String> statuses(List<PartnerRegistered.Program> programs) {
        return programs == null ? Map.of() : programs.stream()
                .collect(Collectors.toMap(PartnerRegistered.Program::program, PartnerRegistered.Program::status, (a, b) -> b));
    }
}
