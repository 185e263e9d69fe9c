package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.Refusal;
import org.csptransition.eligibility.domain.RefusedException;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.persistence.DirectBillEnrollmentRepository;
import org.csptransition.eligibility.persistence.IndirectResellerEnrollmentRepository;
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
    private final DirectBillEnrollmentRepository directBill;
    private final IndirectResellerEnrollmentRepository indirectReseller;
    private final Outbox outbox;
    private final Clock clock;

    PartnerRegistration(PartnerRepository partners, DirectBillEnrollmentRepository directBill,
                        IndirectResellerEnrollmentRepository indirectReseller, Outbox outbox, Clock clock) {
        this.partners = partners;
        this.directBill = directBill;
        this.indirectReseller = indirectReseller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A partner with its current enrollments, as its own users and the operator see it. */
    public record Overview(Partner partner, Optional<DirectBillEnrollment> directBill,
                           Optional<IndirectResellerEnrollment> indirectReseller) {
    }

    @Transactional
    public Partner register(UUID tenantId, PartnerProfile profile, SupportPlan supportPlan) {
        if (partners.findByIdOptional(tenantId).isPresent()) {
            throw new RefusedException(Refusal.conflict("PARTNER_ALREADY_REGISTERED", "Tenant " + tenantId + " is already registered"));
        }
        if (partners.partnerIdTaken(profile.partnerId())) {
            throw new RefusedException(Refusal.conflict("PARTNER_ID_ALREADY_REGISTERED",
                    "PartnerID " + profile.partnerId() + " belongs to another registered tenant"));
        }
        Partner partner = Partner.register(tenantId, profile, supportPlan, Instant.now(clock));
        partners.persist(partner);
        outbox.record(registered(partner));
        return partner;
    }

    @Transactional
    public Optional<Overview> find(UUID tenantId) {
        return partners.findByIdOptional(tenantId)
                .map(p -> new Overview(p, directBill.latestOf(tenantId), indirectReseller.currentOf(tenantId)));
    }

    private static PartnerRegistered registered(Partner partner) {
        return new PartnerRegistered(partner.tenantId(), partner.partnerId(), partner.companyName(), partner.country(),
                partner.preferredLocale(), PartnerEvents.contact(partner), partner.mpnAccountEmail(),
                PartnerEvents.programs(partner));
    }
}
