package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.config.EligibilityConfig;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.csptransition.eligibility.persistence.PolicyRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import java.time.LocalDate;

/**
 * E2: the policy versions (data from the database, read once: a new version arrives with a migration and a deployment)
 * and the thresholds of this deployment (configuration).
 */
@ApplicationScoped
public class DirectBillPolicies {

    private final PolicyRepository repository;
    private final EligibilityConfig config;
    private volatile DirectBillPolicy policy;

    DirectBillPolicies(PolicyRepository repository, EligibilityConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** The version in force on {@code asOf}; refused with {@code NO_POLICY_IN_FORCE} before the first one. */
    public PolicyVersion inForceOn(LocalDate asOf) {
        return policy().inForceOn(asOf).orElseThrow(() -> {
            LocalDate first = policy().versions().get(0).effectiveFrom();
            return new RefusedException(Refusal.invalid("NO_POLICY_IN_FORCE", "asOf",
                            "No direct-bill policy was in force on " + asOf + "; the first took effect on " + first)
                    .with("asOf", asOf.toString()).with("firstEffectiveFrom", first.toString()));
        });
    }

    public Thresholds thresholds() {
        return new Thresholds(config.revenueThresholdUsd(), config.tenureMonths());
    }

    public EscalationPolicy escalation() {
        return new EscalationPolicy(config.escalation().suspendAfterDays(), config.escalation().revokeAfterDays());
    }

    private DirectBillPolicy policy() {
        DirectBillPolicy loaded = policy;
        if (loaded == null) {
            synchronized (this) {
                if (policy == null) {
                    policy = new DirectBillPolicy(repository.all());
                }
                loaded = policy;
            }
        }
        return loaded;
    }

    /** For callers that evaluate many partners with one version (the capability review). */
    public DirectBillPolicy catalogue() {
        return policy();
    }
}
