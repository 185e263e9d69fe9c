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

    /** One transfer's outcome, whatever the step. */
    interface Item {
        int status();
    }

    @Schema(name = "TransferBulkDecisionItem", description = "One transfer's outcome: status 200 with the transfer after the single "
            + "accept or reject, or the status and problem code the single request would have got")
    public record DecisionItem(UUID transferId, UUID customerTenantId, int status,
                               @Schema(description = "The problem code when refused") String code,
                               @Schema(description = "The refusal in the caller's language") String detail,
                               @Schema(description = "The transfer after the single operation, when it succeeded") TransferResponse result) implements Item {
    }

    @Schema(name = "TransferBulkVerificationItem", description = "One transfer's outcome: status 200 with the single verification's "
            + "report, or the status and problem code the single request would have got")
    public record VerificationItem(UUID transferId, UUID customerTenantId, int status,
                                   @Schema(description = "The problem code when refused") String code,
                                   @Schema(description = "The refusal in the caller's language") String detail,
                                   @Schema(description = "The check's report, when it succeeded") VerificationResponse result) implements Item {
    }

    @Schema(name = "TransferBulkDecisionResult", description = "Every item in request order, and how many succeeded")
    public record DecisionResult(List<DecisionItem> items, int succeeded, int refused) {
    }

    @Schema(name = "TransferBulkVerificationResult", description = "Every item in request order, and how many succeeded")
    public record VerificationResult(List<VerificationItem> items, int succeeded, int refused) {
    }

    /** How an item of one kind is made from a transfer, its customer, the status, code, detail and answer. */
    @FunctionalInterface
    interface ItemOf<T, I> {
        I of(UUID transferId, UUID customerTenantId, int status, String code, String detail, T result);
    }

    static <A, T, I> List<I> items(List<BulkProviderSteps.ItemOutcome<A>> outcomes, Function<A, T> answer, ItemOf<T, I> item,
                                   Messages messages, Locale locale) {
        return outcomes.stream().map(o -> {
            Refusal r = o.refusal();
            return r == null ? item.of(o.transferId(), o.customerTenantId(), 200, null, null, answer.apply(o.answer()))
                    : item.of(o.transferId(), o.customerTenantId(), RefusalMapper.status(r.kind()), r.code(),
                    messages.format(locale, r.code(), r.context(), r.message()), null);
        }).toList();
    }

    static int succeeded(List<? extends Item> items) {
        return (int) items.stream().filter(i -> i.status() == 200).count();
    }
}
