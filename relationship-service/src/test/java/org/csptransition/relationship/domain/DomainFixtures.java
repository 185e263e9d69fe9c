package org.csptransition.relationship.domain;

import org.csptransition.partners.KnownPartner;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Partners in the states the rules care about, as the read model holds them after their events. */
final class DomainFixtures {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final OffsetDateTime EVENT_TIME = NOW.atOffset(ZoneOffset.UTC);

    private DomainFixtures() {
    }

    static KnownPartner aPartner(String name, String... programAndStatus) {
        return registered(name, null, programAndStatus);
    }

    /** A partner registered with the programs; {@code transitionCompletedAt} non-null for one registered after its E6. */
    static KnownPartner registered(String name, Instant transitionCompletedAt, String... programAndStatus) {
        Map<String, String> programs = new HashMap<>();
        for (int i = 0; i < programAndStatus.length; i += 2) {
            programs.put(programAndStatus[i], programAndStatus[i + 1]);
        }
        KnownPartner partner = KnownPartner.first(UUID.randomUUID());
        partner.applyRegistration(EVENT_TIME, "4234567", name, "SE", "sv-SE", programs, transitionCompletedAt, NOW);
        return partner;
    }

    static KnownPartner aProvider() {
        return aPartner("Northwind Distribution AB", KnownPartner.INDIRECT_PROVIDER, "ACTIVE");
    }

    static KnownPartner aDirectBillPartner() {
        return aPartner("Fabrikam AB", KnownPartner.DIRECT_BILL, "ACTIVE");
    }

    static KnownPartner aRestrictedDirectBillPartner() {
        return aPartner("Fabrikam AB", KnownPartner.DIRECT_BILL, "RESTRICTED");
    }

    /** A direct-bill partner that completed E6, as eligibility-service says it: both programs and the completion time. */
    static KnownPartner aTransitionedPartner() {
        return registered("Fabrikam AB", NOW, KnownPartner.DIRECT_BILL, "ACTIVE", KnownPartner.INDIRECT_RESELLER, "ACTIVE");
    }

    /** A partner new to CSP that joined as indirect reseller only. */
    static KnownPartner anIndirectReseller() {
        return aPartner("Litware Reseller AB", KnownPartner.INDIRECT_RESELLER, "ACTIVE");
    }
}
