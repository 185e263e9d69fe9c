package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.NotFoundException;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferLine;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of transfers: only the source and the target see one (anyone else: not found). */
@ApplicationScoped
public class TransferQueries {

    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;

    TransferQueries(TransferRepository transfers, SubscriptionRepository subscriptions) {
        this.transfers = transfers;
        this.subscriptions = subscriptions;
    }

    @Transactional
    public TransferView get(UUID customer, UUID transferId, UUID caller) {
        Transfer transfer = transfers.findWithLines(transferId)
                .filter(t -> t.customerTenantId().equals(customer) && t.isParty(caller))
                .orElseThrow(() -> new NotFoundException("Transfer", transferId));
        return views(List.of(transfer)).get(0);
    }

    /** T10: each transfer with the current quantity of its source subscriptions, read in one query. */
    List<TransferView> views(List<Transfer> list) {
        List<UUID> ids = list.stream().flatMap(t -> t.lines().stream()).map(TransferLine::subscriptionId).distinct().toList();
        Map<UUID, Integer> current = subscriptions.byIds(ids).stream()
                .collect(Collectors.toMap(Subscription::id, Subscription::quantity));
        return list.stream().map(t -> new TransferView(t, current)).toList();
    }
}
