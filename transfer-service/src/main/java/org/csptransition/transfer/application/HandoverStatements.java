package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.HandoverStatement;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferLine;
import org.csptransition.transfer.domain.TransitionWave;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;
import org.csptransition.transfer.persistence.TransitionWaveRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** T15 Handover statements, of one transfer and of a whole wave, to the transfer's (the wave's) two parties only. */
@ApplicationScoped
public class HandoverStatements {

    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final TransitionWaveRepository waveItems;
    private final TransitionWaves waves;

    HandoverStatements(TransferRepository transfers, SubscriptionRepository subscriptions, TransitionWaveRepository waveItems,
                       TransitionWaves waves) {
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.waveItems = waveItems;
        this.waves = waves;
    }

    /** A statement: its lines, and (for a wave) the transfers that have none yet because they were not processed. */
    public record Statement(UUID partnerTenantId, UUID providerTenantId, List<HandoverStatement.Line> lines, List<UUID> notProcessed) {
    }

    @Transactional
    public Statement ofTransfer(UUID customer, UUID transferId, UUID caller) {
        Transfer transfer = transfers.findWithLines(transferId)
                .filter(t -> t.customerTenantId().equals(customer) && t.isParty(caller))
                .orElseThrow(() -> TransferQueries.notFound(transferId));
        HandoverStatement.mayIssue(transfer).orThrow();
        return new Statement(transfer.sourcePartnerTenantId(), transfer.targetPartnerTenantId(),
                HandoverStatement.lines(transfer, successors(List.of(transfer))), List.of());
    }

    /** Every processed transfer of the wave; the provider's view and the partner's are the same, its transfers being the wave's. */
    @Transactional
    public Statement ofWave(UUID waveId, UUID caller) {
        TransitionWave wave = waves.visible(waveId, caller);
        List<Transfer> created = new ArrayList<>();
        for (UUID id : waveItems.transfers(waveId)) {
            transfers.findWithLines(id).ifPresent(created::add);
        }
        List<Transfer> processed = created.stream().filter(t -> HandoverStatement.mayIssue(t).isAllowed()).toList();
        Map<UUID, Subscription> successors = successors(processed);
        return new Statement(wave.partnerTenantId(), wave.providerTenantId(),
                processed.stream().flatMap(t -> HandoverStatement.lines(t, successors).stream()).toList(),
                created.stream().filter(t -> HandoverStatement.mayIssue(t).isRefused()).map(Transfer::id).toList());
    }

    private Map<UUID, Subscription> successors(List<Transfer> list) {
        List<UUID> ids = list.stream().flatMap(t -> t.lines().stream()).map(TransferLine::newSubscriptionId).flatMap(Optional::stream).toList();
        return subscriptions.byIds(ids).stream().collect(Collectors.toMap(Subscription::id, Function.identity()));
    }
}
