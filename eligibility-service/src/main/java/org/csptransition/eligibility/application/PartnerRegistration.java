package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.NoCspToCspResalePolicy;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.PartnerProfilePolicy;
import org.csptransition.eligibility.domain.SelfRegistrationPolicy;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.eligibility.persistence.CustomerTenantRepository;
import org.csptransition.eligibility.persistence.DirectBillEnrollmentRepository;
import org.csptransition.eligibility.persistence.IndirectResellerEnrollmentRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** E1: registering partner tenants (an operator's import of existing CSP partners, or a new partner itself, E6) and reading them. */
@ApplicationScoped
public class PartnerRegistration {

    private final PartnerRepository partners;
    private final DirectBillEnrollmentRepository directBill;
    private final IndirectResellerEnrollmentRepository indirectReseller;
    private final CustomerTenantRepository customerTenants;
    private final PartnerEvents events;
    private final Clock clock;

    PartnerRegistration(PartnerRepository partners, DirectBillEnrollmentRepository directBill,
                        IndirectResellerEnrollmentRepository indirectReseller, CustomerTenantRepository customerTenants,
                        PartnerEvents events, Clock clock) {
        this.partners = partners;
        this.customerTenants = customerTenants;
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
        NoCspToCspResalePolicy.check(tenantId, customerTenants.isCustomer(tenantId)).orThrow();
        Partner.Registration registration = Partner.register(tenantId, profile, supportPlan, Instant.now(clock));
        partners.persist(registration.partner());
        events.record(registration.registered());
        return registration.partner();
    }

    /** E6 a partner new to CSP registers itself ({@link SelfRegistrationPolicy}), then as {@link #register}. */
    @Transactional
    public Partner registerItself(UUID caller, UUID tenantId, PartnerProfile profile, SupportPlan supportPlan) {
        SelfRegistrationPolicy.check(caller, tenantId, profile, supportPlan).orThrow();
        return register(tenantId, profile, supportPlan);
    }

    /** The partner with its current enrollments; 404 NOT_FOUND for a tenant that is not registered. */
    @Transactional
    public Overview overview(UUID tenantId) {
        Partner partner = Partners.existing(partners, tenantId);
        return new Overview(partner, directBill.latestOf(tenantId), indirectReseller.currentOf(tenantId));
    }
}
