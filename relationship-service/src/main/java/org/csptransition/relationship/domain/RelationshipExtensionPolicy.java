package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R3 Reseller relationship extension: a partner that completed the indirect-reseller enrollment (E6) extends one of its
 * existing direct-bill customers (never an indirect-reseller customer) to a provider it has an active partnership with
 * (R1), with the customer's consent attested (by whom, when: the partner agreement requires it). The provider then becomes
 * a partner of record without delegated admin and receives a copy of the customer's billing profile.
 */
public final class RelationshipExtensionPolicy {

    public static final String INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE = "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE";
    public static final String NOT_A_DIRECT_BILL_CUSTOMER = "NOT_A_DIRECT_BILL_CUSTOMER";
    public static final String PARTNERSHIP_NOT_ACTIVE = PartnershipPolicy.PARTNERSHIP_NOT_ACTIVE;
    public static final String CUSTOMER_CONSENT_REQUIRED = "CUSTOMER_CONSENT_REQUIRED";
    public static final String CUSTOMER_CONSENT_IN_FUTURE = "CUSTOMER_CONSENT_IN_FUTURE";
    public static final String PROVIDER_ALREADY_PARTNER_OF_RECORD = "PROVIDER_ALREADY_PARTNER_OF_RECORD";

    private RelationshipExtensionPolicy() {
    }

    public static Outcome check(KnownPartner reseller, Customer customer, KnownPartner provider, Optional<Partnership> partnership,
                                CustomerConsent consent, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        if (!reseller.hasCompletedTransition()) {
            refusals.add(Refusal.invalid(INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE, "Only a partner that completed the indirect "
                    + "reseller enrollment (E6) extends its customers to a provider; " + reseller.displayName() + " has not")
                    .with("partner", reseller.displayName()));
        }
        if (!customer.rolesOf(reseller.tenantId()).contains(PartnerRole.DIRECT_BILL_PARTNER)) {
            refusals.add(Refusal.invalid(NOT_A_DIRECT_BILL_CUSTOMER, customer.companyName() + " is not a direct-bill customer of "
                            + reseller.displayName() + ": an indirect-reseller customer is not extended; invite it with the provider "
                            + "instead (R4)")
                    .with("customer", customer.companyName()).with("partner", reseller.displayName()));
        }
        refusals.addAll(PartnershipPolicy.checkActive(partnership, provider).refusals());
        if (consent == null || consent.attestedBy() == null || consent.attestedBy().isBlank() || consent.attestedAt() == null) {
            refusals.add(Refusal.invalid(CUSTOMER_CONSENT_REQUIRED, "customerConsent", "The partner agreement requires the "
                    + "customer's consent before its relationship is extended: say who at the customer agreed (attestedBy) and when (attestedAt)"));
        } else if (consent.attestedAt().isAfter(now)) {
            refusals.add(Refusal.invalid(CUSTOMER_CONSENT_IN_FUTURE, "customerConsent.attestedAt",
                    "The customer's consent cannot be dated in the future"));
        }
        if (customer.partnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER).isPresent()) {
            refusals.add(Refusal.conflict(PROVIDER_ALREADY_PARTNER_OF_RECORD, provider.displayName() + " is already a partner of "
                    + "record of " + customer.companyName()).with("provider", provider.displayName())
                    .with("customer", customer.companyName()));
        }
        return Outcome.of(refusals);
    }
}
