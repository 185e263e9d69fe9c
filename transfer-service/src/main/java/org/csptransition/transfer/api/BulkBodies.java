package org.csptransition.transfer.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.csptransition.kernel.Refusal;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.RefusalMapper;
import org.csptransition.transfer.application.BulkProviderSteps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** T14 The bodies and answers of the provider's bulk steps. */
public final class BulkBodies {

    static final String BULK_SELECTION_INVALID = "BULK_SELECTION_INVALID";

    private BulkBodies() {
    }

    @Schema(name = "TransferBulkDecision", description = "accept or reject the named transfers, or every transfer of a wave; name one or the other")
    public record Decision(@NotNull @Pattern(regexp = "(?i)accept|reject", message = "must be accept or reject")
                           @Schema(description = "accept or reject", example = "accept") String decision,
                           @Size(min = 1, max = BulkProviderSteps.MAX_ITEMS) List<@NotNull UUID> transferIds,
                           @Schema(description = "Every transfer the wave created") UUID waveId,
                           @Size(max = 500) @Schema(description = "A rejection's reason, as in a single rejection") String reason) {
    }

    @Schema(name = "TransferBulkVerification", description = "Verify the named transfers, or every transfer of a wave; name one or the other")
    public record Verification(@Size(min = 1, max = BulkProviderSteps.MAX_ITEMS) List<@NotNull UUID> transferIds, UUID waveId) {
    }

    @Schema(name = "TransferBulkItem", description = "One transfer's outcome: status 200 with the single operation's answer, or the status "
            + "and problem code the single request would have got")
    public record Item<T>(UUID transferId, UUID customerTenantId, int status,
                          @Schema(description = "The problem code when refused") String code,
                          @Schema(description = "The refusal in the caller's language") String detail,
                          @Schema(description = "The single operation's answer when it succeeded") T result) {
    }

    @Schema(name = "TransferBulkDecisionResult", description = "Every item in request order, and how many succeeded")
    public record DecisionResult(List<Item<TransferResponse>> items, int succeeded, int refused) {
    }

    @Schema(name = "TransferBulkVerificationResult", description = "Every item in request order, and how many succeeded")
    public record VerificationResult(List<Item<VerificationResponse>> items, int succeeded, int refused) {
    }

    static <A, T> List<Item<T>> items(List<BulkProviderSteps.ItemOutcome<A>> outcomes, Function<A, T> answer, Messages messages, Locale locale) {
        return outcomes.stream().map(o -> {
            Refusal r = o.refusal();
            return r == null ? new Item<>(o.transferId(), o.customerTenantId(), 200, null, null, answer.apply(o.answer()))
                    : new Item<T>(o.transferId(), o.customerTenantId(), RefusalMapper.status(r.kind()), r.code(),
                    messages.format(locale, r.code(), r.context(), r.message()), null);
        }).toList();
    }

    static int succeeded(List<? extends Item<?>> items) {
        return (int) items.stream().filter(i -> i.status() == 200).count();
    }
}
