package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.transfer.domain.Eligibility;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.TransferEligibilityPolicy;
import org.csptransition.transfer.domain.TransferRequestPolicy;
import org.csptransition.transfer.domain.TransferStatus;
import org.csptransition.transfer.domain.TransitionReadinessPolicy;
import org.csptransition.transfer.domain.TransitionReadinessPolicy.Readiness;
import org.csptransition.transfer.domain.TransitionReadinessPolicy.Status;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransitionReadinessRepository;
import org.csptransition.transfer.persistence.TransitionReadinessRepository.UnderWay;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * T12 How ready each of a partner's customers is to move to one indirect provider, and the single next action
 * ({@link TransitionReadinessPolicy}); with the totals over all its customers. Reads only this service's read models and
 * subscriptions, a handful of statements for all customers together.
 */
@ApplicationScoped
public class TransitionReadiness {

    public enum Sort { COMPANY_NAME, CUSTOMER_TENANT_ID, STATUS }

    /** One subscription of the partner's with its T2 eligibility (E6 is decided once for the customer). */
    public record SubscriptionLine(Subscription subscription, Eligibility eligibility) {
    }

    /** How the provider is a partner of record of the customer (R3 {@code EXTENSION}, R4 {@code INVITATION}). */
    public record ProviderTie(String via, boolean delegatedAdmin) {
    }

    /** R5 the customer's MCA status for the provider. */
    public record Agreement(String status, String basis) {
    }

    /** A transfer of the partner's for the customer that is not over yet. */
    public record ActiveTransfer(UUID transferId, UUID targetPartnerTenantId, String status, String stage) {
    }

    /** One customer's readiness. */
    public record CustomerReadiness(UUID customerTenantId, String companyName, Optional<ProviderTie> providerTie,
                                    Optional<Agreement> agreement, List<SubscriptionLine> subscriptions,
                                    List<ActiveTransfer> activeTransfers, Readiness readiness) {
    }

    /** Totals over every customer of the partner, whatever the filter. */
    public record Totals(int customers, int ready, int blocked, int inProgress, int done, Map<String, Integer> blockedByReason) {
    }

    public record Page(List<CustomerReadiness> items, int page, int size, int total, Totals totals) {
    }

    /** What a page shows: a status, a reason code (either may be null), the order, the page. */
    public record Query(Status status, String reasonCode, Sort sort, boolean descending, int page, int size) {
    }

    private final TransitionReadinessRepository repository;
    private final SubscriptionRepository subscriptions;
    private final ActiveTransferClaims claims;
    private final KnownPartnerRepository partners;

    TransitionReadiness(TransitionReadinessRepository repository, SubscriptionRepository subscriptions, ActiveTransferClaims claims,
                        KnownPartnerRepository partners) {
        this.repository = repository;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.partners = partners;
    }

    @Transactional
    public Page page(UUID partner, UUID provider, Query query) {
        List<CustomerReadiness> all = all(partner, provider);
        List<CustomerReadiness> matching = all.stream()
                .filter(c -> query.status() == null || c.readiness().status() == query.status())
                .filter(c -> query.reasonCode() == null || query.reasonCode().equals(c.readiness().reasonCode()))
                .sorted(query.descending() ? comparator(query.sort()).reversed() : comparator(query.sort()))
                .toList();
        int from = (int) Math.min((long) query.page() * query.size(), matching.size());
        return new Page(matching.subList(from, (int) Math.min((long) from + query.size(), matching.size())), query.page(), query.size(),
                matching.size(), totals(all));
    }

    /** Every customer of the partner with its readiness for the provider, in no particular order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CustomerReadiness> all(UUID partner, UUID provider) {
        KnownPartner source = partners.findByIdOptional(partner).filter(KnownPartner::isRegistered).orElseThrow(() ->
                new RefusedException(Refusal.notYetKnown("partner", "This service has not yet learnt the partner; retry shortly")));
        KnownPartner target = partners.findByIdOptional(provider).filter(KnownPartner::isRegistered).orElseThrow(() ->
                new RefusedException(Refusal.notYetKnown("partner", "This service has not yet learnt the provider " + provider
                        + "; retry shortly")));
        if (target.tenantId().equals(partner) || !target.isActiveProvider()) {
            throw new RefusedException(Refusal.invalid(TransferRequestPolicy.TARGET_NOT_INDIRECT_PROVIDER, "providerTenantId",
                    "The target " + target.displayName() + " is not an active indirect provider").with("providerName", target.displayName()));
        }
        Map<UUID, List<Subscription>> owned = subscriptions.listedOf(partner).stream()
                .collect(Collectors.groupingBy(Subscription::customerTenantId));
        Map<UUID, UUID> holders = claims.holders(owned.values().stream().flatMap(List::stream).map(Subscription::id).toList());
        Map<UUID, TransitionReadinessRepository.ProviderTie> ties = repository.providerTies(provider);
        Map<UUID, TransitionReadinessRepository.Agreement> agreements = repository.agreements(provider);
        Map<UUID, List<UnderWay>> underWay = repository.underWay(partner).stream()
                .collect(Collectors.groupingBy(UnderWay::customerTenantId));
        boolean transitioned = source.hasCompletedTransition();
        return repository.customersOf(partner).stream().map(row -> {
            UUID customer = row.customerTenantId();
            List<Subscription> theirs = owned.getOrDefault(customer, List.of());
            List<SubscriptionLine> lines = theirs.stream().map(s -> new SubscriptionLine(s,
                    TransferEligibilityPolicy.of(s, Optional.ofNullable(holders.get(s.id())), true))).toList();
            List<UnderWay> transfers = underWay.getOrDefault(customer, List.of());
            Optional<TransitionReadinessRepository.Agreement> agreement = Optional.ofNullable(agreements.get(customer));
            Readiness readiness = TransitionReadinessPolicy.of(new TransitionReadinessPolicy.Facts(target.displayName(), transitioned, row.known(),
                    ties.containsKey(customer), agreement.map(TransitionReadinessRepository.Agreement::status), theirs,
                    lines.stream().map(SubscriptionLine::eligibility).toList(),
                    transfers.stream().filter(t -> t.targetPartnerTenantId().equals(provider)).map(UnderWay::stage).findFirst()));
            return new CustomerReadiness(customer, row.companyName(),
                    Optional.ofNullable(ties.get(customer)).map(t -> new ProviderTie(t.via(), t.delegatedAdmin())),
                    agreement.map(a -> new Agreement(a.status(), a.basis())), lines,
                    transfers.stream().map(t -> new ActiveTransfer(t.transferId(), t.targetPartnerTenantId(),
                            TransferStatus.valueOf(t.status()).wireName(), t.stage().name())).toList(), readiness);
        }).toList();
    }

    static Totals totals(List<CustomerReadiness> all) {
        Map<Status, Long> byStatus = all.stream().collect(Collectors.groupingBy(c -> c.readiness().status(), Collectors.counting()));
        Map<String, Integer> byReason = all.stream().filter(c -> c.readiness().status() == Status.BLOCKED)
                .collect(Collectors.groupingBy(c -> c.readiness().reasonCode(), TreeMap::new, Collectors.summingInt(c -> 1)));
        Function<Status, Integer> count = s -> byStatus.getOrDefault(s, 0L).intValue();
        return new Totals(all.size(), count.apply(Status.READY), count.apply(Status.BLOCKED), count.apply(Status.IN_PROGRESS),
                count.apply(Status.DONE), byReason);
    }

    private static Comparator<CustomerReadiness> comparator(Sort sort) {
        Comparator<CustomerReadiness> key = switch (sort) {
            case COMPANY_NAME -> Comparator.comparing(c -> c.companyName() == null ? "" : c.companyName(), String.CASE_INSENSITIVE_ORDER);
            case STATUS -> Comparator.comparing(c -> c.readiness().status());
            case CUSTOMER_TENANT_ID -> Comparator.comparing(CustomerReadiness::customerTenantId);
        };
        return key.thenComparing(CustomerReadiness::customerTenantId);
    }
}
