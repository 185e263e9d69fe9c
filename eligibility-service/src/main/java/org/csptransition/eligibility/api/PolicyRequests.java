package org.csptransition.eligibility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.csptransition.eligibility.domain.policy.RequirementKind;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.csptransition.platform.http.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** E2: the operator's new policy version (V3/V8 bound every field). */
public final class PolicyRequests {

    private PolicyRequests() {
    }

    public record NewPolicyVersion(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,10}") @Schema(example = "2027-01-01", maxLength = 10) String version,
            @NotNull @Schema(example = "2027-01-01") LocalDate effectiveFrom,
            @NotBlank @Size(max = 500) @SingleLine @Schema(example = "Raises the revenue bar to USD 1M") String description,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) @Schema(example = "1000000.00") BigDecimal revenueThresholdUsd,
            @NotNull @Min(0) @Max(600) @Schema(example = "12") Integer tenureMonths,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid PolicyRequirement> requirements) {

        PolicyVersion toVersion() {
            return new PolicyVersion(version, effectiveFrom, requirements.stream()
                    .map(r -> new PolicyVersion.Item(r.code(), r.kind())).toList(),
                    new Thresholds(revenueThresholdUsd, tenureMonths));
        }
    }

    public record PolicyRequirement(@NotNull RequirementCode code, @NotNull RequirementKind kind) {
    }
}
