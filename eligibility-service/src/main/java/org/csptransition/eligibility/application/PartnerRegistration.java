package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.PartnerProfilePolicy;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.persistence.DirectBillEnrollmentRepository;
import org.csptransition.eligibility.persistence.IndirectResellerEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

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
    private final PartnerEvents events;
    private final Clock clock;

    PartnerRegistration(PartnerRepository partners, DirectBillEnrollmentRepository directBill,
                        IndirectResellerEnrollmentRepository indirectReseller, PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.directBill = directBill;
        this.indirectReseller = indirectReseller;
        this.events = events;
        this.clock = clock;
    }

    /** A partner with its current enrollments, as its own users and the operator see it. */
    public record Overview(Partner partner, Optional<DirectBillEnrollment> directBill,
                           Optional<IndirectResellerEnrollment> indirectReseller) {
    }

    /** Publishes partner.registered.v1 (with {@code transitionCompletedAt} for a tenant imported after its transition, E6). */
    @Transactional
    public Partner register(UUID tenantId, PartnerProfile profile, SupportPlan supportPlan) {
        if (partners.findByIdOptional(tenantId).isPresent()) {
            throw new RefusedException(Refusal.conflict("PARTNER_ALREADY_REGISTERED", "Tenant " + tenantId + " is already registered")
                    .with("tenantId", tenantId.toString()));
        }
        if (partners.partnerIdTaken(profile.partnerId())) {
            throw new RefusedException(Refusal.conflict("PARTNER_ID_ALREADY_REGISTERED",
                    "PartnerID " + profile.partnerId() + " belongs to another registered tenant").with("partnerId", profile.partnerId()));
        }
        PartnerProfilePolicy.check(profile).orThrow();
        Partner.Registration registration = Partner.register(tenantId, profile, supportPlan, Instant.now(clock));
        partners.persist(registration.partner());
        events.record(registration.registered());
        return registration.partner();
    }

    /** The partner with its current enrollments; 404 NOT_FOUND for a tenant that is not registered. */
    @Transactional
    public Overview overview(UUID tenantId) {
        Partner partner = Partners.existing(partners, tenantId);
        return new Overview(partner, directBill.latestOf(tenantId), indirectReseller.currentOf(tenantId));
    }
}
