package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.EligibilityFacts;
import org.csptransition.eligibility.domain.policy.FactsOnDate;
import org.csptransition.eligibility.persistence.PartnerFactHistoryRepository;
import org.csptransition.eligibility.persistence.PartnerRepository;
import org.csptransition.eligibility.persistence.RevenueRepository;

import java.time.LocalDate;
import java.util.UUID;

/** E2: a partner's direct-bill eligibility as of a date, requirement by requirement, under the policy in force then. */
@ApplicationScoped
public class DirectBillEligibilityCheck {

    private final PartnerRepository partners;
    private final RevenueRepository revenue;
    private final DirectBillPolicies policies;
    private final PartnerFactHistoryRepository history;

    DirectBillEligibilityCheck(PartnerRepository partners, RevenueRepository revenue, DirectBillPolicies policies,
                               PartnerFactHistoryRepository history) {
        this.history = history;
        this.partners = partners;
        this.revenue = revenue;
        this.policies = policies;
    }

    @Transactional
    public EligibilityEvaluation evaluate(UUID tenantId, LocalDate asOf) {
        return evaluate(Partners.existing(partners, tenantId), asOf);
    }

    /** For use cases that already hold the partner (E4 application). */
    EligibilityEvaluation evaluate(Partner partner, LocalDate asOf) {
        PolicyVersion version = policies.inForceOn(asOf);
        EligibilityFacts now = partner.eligibilityFacts(asOf, RevenueLedger.of(revenue, partner.tenantId(), asOf));
        EligibilityFacts facts = FactsOnDate.inForceOn(history.historyUntil(partner.tenantId(), asOf), asOf)
                .map(onDate -> onDate.applyTo(now)).orElse(now);
        return DirectBillPolicy.evaluate(version, facts, version.thresholds());
    }
}
