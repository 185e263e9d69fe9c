package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T8/T9 What the suite checked when a party verified a processed request: one check per moved subscription, each holding
 * or not with what was found. A verification is recorded only when every check holds; otherwise it is refused with
 * {@code VERIFICATION_FAILED} listing what is wrong ({@link #outcome()}).
 */
public record VerificationReport(String step, List<Check> checks) {

    public static final String PROVIDER = "PROVIDER";
    public static final String PARTNER = "PARTNER";
    public static final String FAILED = "VERIFICATION_FAILED";

    public record Check(UUID subscriptionId, UUID newSubscriptionId, String check, boolean holds, String detail) {
    }

    public boolean holds() {
        return checks.stream().allMatch(Check::holds);
    }

    /** Allowed when every check holds; else refused with {@code VERIFICATION_FAILED}, the failed checks in its context. */
    public Outcome outcome() {
        List<Check> failed = checks.stream().filter(c -> !c.holds()).toList();
        if (failed.isEmpty()) {
            return Outcome.allowed();
        }
        List<Map<String, Object>> what = failed.stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("subscriptionId", c.subscriptionId().toString());
            entry.put("newSubscriptionId", c.newSubscriptionId() == null ? null : c.newSubscriptionId().toString());
            entry.put("check", c.check());
            entry.put("detail", c.detail());
            return entry;
        }).toList();
        // the details are the report's own English findings; the message around them is translated
        String details = String.join("; ", failed.stream().map(Check::detail).toList());
        return Refusal.conflict(FAILED, "The verification does not hold: " + details)
                .with("failedChecks", what).with("step", step).with("details", details).outcome();
    }
}
