package org.csptransition.transfer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T8/T9 What the suite checked when a party verified a processed request: one check per moved subscription, each holding
 * or not with what was found. A verification is recorded only when every check holds; otherwise it is refused with
 * {@code VERIFICATION_FAILED} listing what is wrong.
 */
public record VerificationReport(String step, List<Check> checks) {

    public static final String PROVIDER = "PROVIDER";
    public static final String PARTNER = "PARTNER";

    public record Check(UUID subscriptionId, UUID newSubscriptionId, String check, boolean holds, String detail) {
    }

    public boolean holds() {
        return checks.stream().allMatch(Check::holds);
    }

    public void requireHolds() {
        List<Check> failed = checks.stream().filter(c -> !c.holds()).toList();
        if (failed.isEmpty()) {
            return;
        }
        List<Map<String, Object>> what = failed.stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("subscriptionId", c.subscriptionId().toString());
            entry.put("newSubscriptionId", c.newSubscriptionId() == null ? null : c.newSubscriptionId().toString());
            entry.put("check", c.check());
            entry.put("detail", c.detail());
            return entry;
        }).toList();
        throw new RefusedException(Refusal.conflict("VERIFICATION_FAILED", "The verification does not hold: "
                + String.join("; ", failed.stream().map(Check::detail).toList())).with("failedChecks", what).with("step", step));
    }
}
