package org.csptransition.transfer.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.persistence.TransferRepository;
import org.csptransition.transfer.persistence.TransitionWaveRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * T14 The provider's steps for many transfers in one request: accept, reject or verify each named transfer (or each of a
 * wave's), one after the other, each exactly as its single request would (its own transactions, its own refusals), with
 * no If-Match (the provider acts on the current version). One item's refusal never stops the others.
 */
@ApplicationScoped
public class BulkProviderSteps {

    public static final int MAX_ITEMS = 1_000;

    private final TransferRepository transfers;
    private final TransitionWaveRepository waveItems;
    private final TransitionWaves waves;
    private final TransferAcceptance acceptance;
    private final TransferDecisions decisions;
    private final TransferVerifications verifications;

    BulkProviderSteps(TransferRepository transfers, TransitionWaveRepository waveItems, TransitionWaves waves, TransferAcceptance acceptance,
                      TransferDecisions decisions, TransferVerifications verifications) {
        this.transfers = transfers;
        this.waveItems = waveItems;
        this.waves = waves;
        this.acceptance = acceptance;
        this.decisions = decisions;
        this.verifications = verifications;
    }

    /** One transfer's outcome: the single operation's answer, or its refusal. */
    public record ItemOutcome<T>(UUID transferId, UUID customerTenantId, T answer, Refusal refusal) {
    }

    /** The transfers named, or (none named) every transfer the wave created, in the wave's order. */
    public List<UUID> targets(List<UUID> named, UUID waveId, UUID caller) {
        if (named != null) {
            return named.stream().distinct().toList();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            waves.visible(waveId, caller);
            return waveItems.transfers(waveId);
        });
    }

    public List<ItemOutcome<TransferAcceptance.Accepted>> accept(List<UUID> ids, UUID caller, String by) {
        return each(ids, caller, (t) -> acceptance.accept(t.customerTenantId(), t.id(), caller, by, null));
    }

    public List<ItemOutcome<TransferView>> reject(List<UUID> ids, UUID caller, String by, String reason) {
        return each(ids, caller, (t) -> decisions.reject(t.customerTenantId(), t.id(), caller, by, reason, null));
    }

    public List<ItemOutcome<TransferVerifications.Verified>> verify(List<UUID> ids, UUID caller, String by) {
        return each(ids, caller, (t) -> verifications.verify(t.customerTenantId(), t.id(), caller, by, null));
    }

    private <T> List<ItemOutcome<T>> each(List<UUID> ids, UUID caller, Function<Transfer, T> step) {
        List<ItemOutcome<T>> outcomes = new ArrayList<>();
        for (UUID id : ids) {
            // the customer comes from the transfer itself; a transfer the caller is no party to is not found, as alone
            Transfer transfer = QuarkusTransaction.requiringNew().call(() -> transfers.findByIdOptional(id).filter(t -> t.isParty(caller))
                    .orElse(null));
            if (transfer == null) {
                outcomes.add(new ItemOutcome<>(id, null, null, Refusal.notFound("Transfer", id)));
                continue;
            }
            try {
                outcomes.add(new ItemOutcome<>(id, transfer.customerTenantId(), step.apply(transfer), null));
            } catch (RefusedException e) {
                outcomes.add(new ItemOutcome<>(id, transfer.customerTenantId(), null, e.decisive()));
            }
        }
        return outcomes;
    }
}
