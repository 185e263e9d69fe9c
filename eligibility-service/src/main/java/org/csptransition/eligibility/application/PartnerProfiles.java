package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.ProfileUpdate;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.platform.messaging.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** E1: a GlobalAdmin keeps its own profile and attestations current. */
@ApplicationScoped
public class PartnerProfiles {

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;

    PartnerProfiles(PartnerRepository partners, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applies the change; publishes partner.updated.v1 only when something changed. */
    @Transactional
    public Partner update(UUID tenantId, ProfileUpdate update, String by) {
        Partner partner = Partners.locked(partners, tenantId);
        if (partner.update(update, by, Instant.now(clock))) {
            outbox.record(PartnerEvents.updated(partner));
        }
        return partner;
    }
}
