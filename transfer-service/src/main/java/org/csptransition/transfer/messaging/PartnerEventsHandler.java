package org.csptransition.transfer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.messaging.EventHandler;
import org.csptransition.transfer.domain.KnownPartner;
import org.csptransition.transfer.persistence.KnownPartnerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps the {@link KnownPartner} read model from eligibility-service's partner events: the profile and programs
 * (T3 needs the PartnerID, names and E6; E5 RESTRICTED blocks new purchases, never transfers).
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
                partner(registered.tenantId(), p -> p.applyRegistration(event.time(), registered.partnerId(),
                        registered.companyName(), registered.country(), registered.preferredLocale(), statuses(registered.programs()), now));
            }
            case PARTNER_UPDATED -> {
                PartnerUpdated updated = event.payload(PartnerUpdated.class);
                partner(updated.tenantId(), p -> p.applyProfileUpdate(event.time(), updated.companyName(), updated.preferredLocale(), now));
            }
            case PARTNER_PROGRAM_CHANGED -> {
                PartnerProgramChanged changed = event.payload(PartnerProgramChanged.class);
                partner(changed.tenantId(), p -> p.applyProgramChange(event.time(), changed.program(), changed.status(), now));
            }
            case INDIRECT_RESELLER_ENROLLMENT_COMPLETED -> {
                IndirectResellerEnrollmentCompleted completed = event.payload(IndirectResellerEnrollmentCompleted.class);
                partner(completed.tenantId(), p -> p.applyEnrollmentCompleted(event.time(), completed.completedAt(),
                        statuses(completed.programs()), now));
            }
            default -> {
                // not subscribed
            }
        }
    }

    private void partner(UUID tenantId, Consumer<KnownPartner> fact) {
        Upsert.apply(partners, tenantId, () -> KnownPartner.first(tenantId), fact);
    }

    private static Map<String, String> statuses(List<PartnerRegistered.Program> programs) {
        return programs == null ? Map.of() : programs.stream()
                .collect(Collectors.toMap(PartnerRegistered.Program::program, PartnerRegistered.Program::status, (a, b) -> b));
    }
}
