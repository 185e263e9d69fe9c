package org.csptransition.eligibility.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.messaging.AuditTrail;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.config.EligibilityConfig;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.NewPolicyVersionPolicy;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.persistence.PolicyRepository;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E2: the policy versions with their thresholds (data in the database). The first arrive with the migrations; the
 * operator adds later ones ({@link #add}). Read at most every {@link #REREAD} (another instance may have added one) and
 * at once after an addition in this process.
 */
@ApplicationScoped
public class DirectBillPolicies {

    static final Duration REREAD = Duration.ofSeconds(30);

    private final PolicyRepository repository;
    private final EligibilityConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private volatile Loaded loaded;

    private record Loaded(DirectBillPolicy policy, long atNanos) {
    }

    DirectBillPolicies(PolicyRepository repository, EligibilityConfig config, TransactionSynchronizationRegistry transactions,
                       Clock clock, AuditTrail audit, ObjectMapper json) {
        this.repository = repository;
        this.config = config;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.json = json;
    }

    /** The audit action of a new version: it publishes no event, so the trail is its only record of who added it. */
    public static final String VERSION_ADDED = "directbill.policy.version.added";

    /** The version in force on {@code asOf}; refused with {@code NO_POLICY_IN_FORCE} before the first one. */
    public PolicyVersion inForceOn(LocalDate asOf) {
        DirectBillPolicy policy = policy();
        return policy.inForceOn(asOf).orElseThrow(() -> {
            LocalDate first = policy.versions().get(0).effectiveFrom();
            return new RefusedException(Refusal.invalid("NO_POLICY_IN_FORCE", "asOf",
                            "No direct-bill policy was in force on " + asOf + "; the first took effect on " + first)
                    .with("asOf", asOf.toString()).with("firstEffectiveFrom", first.toString()));
        });
    }

    /** Every version, oldest first. */
    @Transactional
    public List<PolicyVersion> versions() {
        return policy().versions();
    }

    /** E2: the operator adds a version that takes effect after today ({@link NewPolicyVersionPolicy}). */
    @Transactional
    public PolicyVersion add(PolicyVersion version, String description, String createdBy) {
        repository.lockForAddition();
        NewPolicyVersionPolicy.check(version, repository.all(), LocalDate.now(clock)).orThrow();
        repository.add(version, description, createdBy, Instant.now(clock));
        audit.recordChange("direct-bill-policy", version.version(), VERSION_ADDED, Set.of(), change(version, description));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    loaded = null;
                }
            }
        });
        return version;
    }

    private String change(PolicyVersion version, String description) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", version.version());
        change.put("effectiveFrom", version.effectiveFrom().toString());
        change.put("description", description);
        change.put("revenueThresholdUsd", version.thresholds().revenueUsd().toPlainString());
        change.put("tenureMonths", version.thresholds().tenureMonths());
        change.put("requirements", version.requirements().stream().map(r -> r.code().name() + ":" + r.kind().name()).toList());
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy version that cannot be written as JSON", e);
        }
    }

    public EscalationPolicy escalation() {
        return new EscalationPolicy(config.escalation().suspendAfterDays(), config.escalation().revokeAfterDays());
    }

    private DirectBillPolicy policy() {
        Loaded current = loaded;
        long now = System.nanoTime();
        if (current == null || now - current.atNanos() > REREAD.toNanos()) {
            synchronized (this) {
                current = loaded;
                if (current == null || now - current.atNanos() > REREAD.toNanos()) {
                    current = new Loaded(new DirectBillPolicy(repository.all()), now);
                    loaded = current;
                }
            }
        }
        return current.policy();
    }

    /** For callers that evaluate many partners with one version (the capability review). */
    public DirectBillPolicy catalogue() {
        return policy();
    }
}
