package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.GroupTransferPolicy;
import org.csptransition.transfer.domain.LineStatus;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferLine;
import org.csptransition.transfer.domain.TransferStatus;
import org.csptransition.transfer.persistence.CustomerPartyRepository;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads of transfers: only the source and the target see one (anyone else: not found). Plain reads run without a JTA
 * transaction (autocommit on the request's session): a GET needs no atomicity, and the begin and commit cost a round
 * trip and more CPU than the query.
 */
@ApplicationScoped
public class TransferQueries {

    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final CustomerPartyRepository parties;

    TransferQueries(TransferRepository transfers, SubscriptionRepository subscriptions, CustomerPartyRepository parties) {
        this.parties = parties;
        this.transfers = transfers;
        this.subscriptions = subscriptions;
    }

    public TransferView get(UUID customer, UUID transferId, UUID caller) {
        return transfers.findWithCurrentQuantities(transferId)
                .filter(found -> found.transfer().customerTenantId().equals(customer) && found.transfer().isParty(caller))
                .map(found -> new TransferView(found.transfer(), found.currentQuantities()))
                .orElseThrow(() -> notFound(transferId));
    }

    /** Which transfers a list shows: a party's (as source, target or either), optionally one customer's and one status. */
    public record Filter(UUID party, boolean asSource, boolean asTarget, UUID customerTenantId, TransferStatus status) {
    }

    /** Where a page starts: after the transfer created at {@code createdTime} with {@code id} (newest first). */
    public record Cursor(Instant createdTime, UUID id) {
    }

    /** One page of a list and where the next one starts (empty on the last page). */
    public record Page(List<TransferView> items, Optional<Cursor> next) {
    }

    /** A party's transfers, newest first: a customer's, or across customers (a provider's inbox with role target). */
    public Page list(Filter filter, Cursor after, int size) {
        if (filter.customerTenantId() != null) {
            // one customer's list: a stranger to the customer gets 404, not an empty page that says the id is worth probing
            CustomerParty.check(filter.customerTenantId(), parties.ties(filter.customerTenantId(), filter.party())).orThrow();
        }
        List<Transfer> page = transfers.page(filter.party(), filter.asSource(), filter.asTarget(), filter.customerTenantId(),
                filter.status(), after == null ? null : after.createdTime(), after == null ? null : after.id(), size + 1);
        boolean more = page.size() > size;
        List<Transfer> shown = more ? page.subList(0, size) : page;
        Transfer last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page(views(shown), more ? Optional.of(new Cursor(last.createdTime(), last.id())) : Optional.empty());
    }

    /** T6: what an acceptance did: the transfer, the provider's new subscriptions, the error of each group that failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TransferAcceptance.Accepted accepted(UUID transferId) {
        Transfer transfer = transfers.findWithLines(transferId).orElseThrow(() -> notFound(transferId));
        List<UUID> newIds = transfer.lines().stream().map(TransferLine::newSubscriptionId).flatMap(Optional::stream).toList();
        List<TransferAcceptance.GroupError> errors = transfer.lines().stream()
                .filter(l -> l.status() == LineStatus.FAILED && !GroupTransferPolicy.GROUP_FAILED.equals(l.errorCode().orElse(null)))
                .map(l -> new TransferAcceptance.GroupError(l.transferGroupId(), l.subscriptionId(), l.errorCode().orElse(null),
                        l.errorDescription().orElse(null)))
                .toList();
        List<Subscription> created = subscriptions.byIds(newIds).stream()
                .sorted(Comparator.comparing(s -> newIds.indexOf(s.id()))).toList();
        return new TransferAcceptance.Accepted(views(List.of(transfer)).get(0), created, errors);
    }

    /** T10: each transfer with the current quantity of its source subscriptions, read in one query. */
    List<TransferView> views(List<Transfer> list) {
        List<UUID> ids = list.stream().flatMap(t -> t.lines().stream()).map(TransferLine::subscriptionId).distinct().toList();
        Map<UUID, Integer> current = subscriptions.byIds(ids).stream()
                .collect(Collectors.toMap(Subscription::id, Subscription::quantity));
        return list.stream().map(t -> new TransferView(t, current)).toList();
    }

    /** A transfer that does not exist and one the caller is no party to answer alike, so ids cannot be probed. */
    static RefusedException notFound(UUID transferId) {
        return new RefusedException(Refusal.notFound("Transfer", transferId));
    }
}
