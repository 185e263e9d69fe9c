package org.csptransition.eligibility.application;

import org.csptransition.eligibility.domain.Attestations;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;

import java.util.List;
import java.util.UUID;

/** The wire shape of what happened to a partner: domain facts into event records (strings for enum-like values). */
final class PartnerEvents {

    private PartnerEvents() {
    }

    static PartnerRegistered.Contact contact(Partner partner) {
        PartnerProfile.Contact contact = partner.primaryContact();
        return new PartnerRegistered.Contact(contact.firstName(), contact.lastName(), contact.email());
    }

    static List<PartnerRegistered.Program> programs(Partner partner) {
        return partner.programs().stream()
                .map(p -> new PartnerRegistered.Program(p.program().name(), p.status().name(), p.since()))
                .toList();
    }

    static PartnerUpdated updated(Partner partner) {
        Attestations a = partner.attestations();
        return new PartnerUpdated(partner.tenantId(), partner.companyName(), partner.preferredLocale(), contact(partner),
                partner.mpnAccountEmail(), new PartnerUpdated.Attestations(a.endorsementAuthority(), a.firstLevelSupport(),
                a.accountsReceivable(), a.managedServices()));
    }

    static PartnerProgramChanged programChanged(UUID tenantId, ProgramChange change, UUID capabilityReviewId) {
        return new PartnerProgramChanged(tenantId, change.program().name(),
                change.previousStatus() == null ? null : change.previousStatus().name(), change.status().name(),
                change.since(), change.reasonCodes(), capabilityReviewId);
    }
}
