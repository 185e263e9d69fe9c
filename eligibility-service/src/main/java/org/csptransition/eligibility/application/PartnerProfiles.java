package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfilePolicy;
import org.csptransition.eligibility.domain.ProfileUpdate;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.platform.http.ETags;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** E1: a GlobalAdmin keeps its own profile and attestations current. */
@ApplicationScoped
public class PartnerProfiles {

    private final PartnerRepository partners;
    private final PartnerEvents events;
    private final Clock clock;

    PartnerProfiles(PartnerRepository partners, PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the change, or refuses it with every reason at once; publishes partner.updated.v1 only when something changed.
     * With {@code ifMatch}, only while the partner is still at that version (412 otherwise).
     */
    @Transactional
    public Partner update(UUID tenantId, ProfileUpdate update, String by, String ifMatch) {
        Partner partner = Partners.locked(partners, tenantId);
        ETags.checkIfMatch(ifMatch, partner.version());
        PartnerProfilePolicy.check(update).orThrow();
        partner.update(update, by, Instant.now(clock)).ifPresent(events::record);
        return partner;
    }
}
