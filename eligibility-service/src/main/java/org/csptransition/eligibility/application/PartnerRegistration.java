package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.messaging.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** E1: registering partner tenants (an operator's import of existing CSP partners) and reading them. */
@ApplicationScoped
public class PartnerRegistration {

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;

    PartnerRegistration(PartnerRepository partners, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partner register(UUID tenantId, PartnerProfile profile) {
        if (partners.findByIdOptional(tenantId).isPresent()) {
            throw new RefusedException(Refusal.conflict("PARTNER_ALREADY_REGISTERED", "Tenant " + tenantId + " is already registered"));
        }
        if (partners.partnerIdTaken(profile.partnerId())) {
            throw new RefusedException(Refusal.conflict("PARTNER_ID_ALREADY_REGISTERED",
                    "PartnerID " + profile.partnerId() + " belongs to another registered tenant"));
        }
        Partner partner = Partner.register(tenantId, profile, Instant.now(clock));
        partners.persist(partner);
        outbox.record(registered(partner));
        return partner;
    }

    @Transactional
    public Optional<Partner> find(UUID tenantId) {
        return partners.findByIdOptional(tenantId);
    }

    private static PartnerRegistered registered(Partner partner) {
        PartnerProfile.Contact contact = partner.primaryContact();
        return new PartnerRegistered(partner.tenantId(), partner.partnerId(), partner.companyName(), partner.country(),
                partner.preferredLocale(), new PartnerRegistered.Contact(contact.firstName(), contact.lastName(), contact.email()),
                partner.mpnAccountEmail(),
                partner.programs().stream()
                        .map(p -> new PartnerRegistered.Program(p.program().name(), p.status().name(), p.since()))
                        .toList());
    }
}
