package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.platform.http.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** E2: the direct-bill eligibility as of a date, every requirement with its reason code, evidence and a message in the caller's language. */
public record EligibilityResponse(UUID tenantId, LocalDate asOf, String policyVersion, boolean eligible,
                                  List<Requirement> requirements) {

    public record Requirement(String code, String kind, boolean met, String reasonCode, String message,
                              Map<String, Object> evidence) {
    }

    static EligibilityResponse of(UUID tenantId, EligibilityEvaluation evaluation, Messages messages, Locale locale) {
        return new EligibilityResponse(tenantId, evaluation.asOf(), evaluation.policyVersion(), evaluation.eligible(),
                evaluation.requirements().stream()
                        .map(r -> new Requirement(r.code().name(), r.kind().name(), r.met(), r.reasonCode(),
                                messages.format(locale, r.reasonCode(), r.evidence()), r.evidence()))
                        .toList());
    }
}
