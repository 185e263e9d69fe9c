package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.platform.http.ETags;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.NewSubscription;
import org.csptransition.transfer.domain.QuantityDrift;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.SubscriptionOrigin;
import org.csptransition.transfer.domain.SubscriptionPolicy;
import org.csptransition.transfer.domain.SubscriptionStatus;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.CustomerPartyRepository;
import org.csptransition.transfer.persistence.KnownCustomerRepository;
import org.csptransition.transfer.persistence.PartnerOfRecordRepository;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** T1: the subscriptions of a customer: the operator's import, the owner's purchases, seat changes and suspension (T10). */
@ApplicationScoped
public class Subscriptions {

    private final SubscriptionRepository subscriptions;
    private final KnownPartnerRepository partners;
    private final KnownCustomerRepository customers;
    private final PartnerOfRecordRepository partnersOfRecord;
    private final ActiveTransferClaims claims;
    private final TransferRepository transfers;
    private final CustomerPartyRepository parties;
    private final Clock clock;

    Subscriptions(SubscriptionRepository subscriptions, KnownPartnerRepository partners, KnownCustomerRepository customers,
                  PartnerOfRecordRepository partnersOfRecord, ActiveTransferClaims claims, TransferRepository transfers,
                  CustomerPartyRepository parties, Clock clock) {
        this.claims = claims;
        this.parties = parties;
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.customers = customers;
        this.partnersOfRecord = partnersOfRecord;
        this.clock = clock;
    }

    /** T1: the operator imports an existing direct-bill subscription of {@code owner} (also while it is restricted). */
    @Transactional
    public Subscription importExisting(UUID customer, UUID owner, NewSubscription spec, String by) {
        return create(customer, owner, spec, SubscriptionOrigin.IMPORT, by);
    }

    /**
     * T1, R2, E5: the owner buys a new subscription (or add-on) for its direct-bill customer; refused while restricted. A
     * partner that is no party to the customer gets 404, as for a customer that does not exist.
     */
    @Transactional
    public Subscription purchase(UUID customer, UUID buyer, NewSubscription spec, String by) {
        CustomerParty.check(customer, parties.ties(customer, buyer)).orThrow();
        return create(customer, buyer, spec, SubscriptionOrigin.PURCHASE, by);
    }

    /** A change and, when it changed the seats of a subscription inside an active request, the drift it caused (T10). */
    public record Change(Subscription subscription, Optional<QuantityDrift> drift) {
    }

    /**
     * T1: seat change and/or status change by the owner; both work while the owner is restricted (E5). T10: a seat change
     * inside an active request succeeds and reports the drift from the request's quantity.
     */
    @Transactional
    public Change change(UUID customer, UUID owner, UUID id, Integer quantity, SubscriptionStatus status, String ifMatch) {
        Subscription subscription = subscriptions.findListed(customer, owner, id).orElseThrow(() -> notFound(id));
        ETags.checkIfMatch(ifMatch, subscription.version());
        Instant now = Instant.now(clock);
        if (status != null) {
            subscription.mayChangeStatus(status).orThrow();
            subscription.changeStatus(status, now);
        }
        // after the status change: seats change only on an active subscription, whatever it was before this request
        if (quantity != null && quantity != subscription.quantity()) {
            subscription.mayChangeQuantity(quantity).orThrow();
            subscription.changeQuantity(quantity, now);
        }
        subscriptions.flush();
        Optional<QuantityDrift> drift = Optional.empty();
        if (quantity != null) {
            drift = Optional.ofNullable(claims.holders(List.of(id)).get(id))
                    .flatMap(transfers::findWithLines)
                    .flatMap(t -> t.lines().stream().filter(l -> l.subscriptionId().equals(id)).findFirst()
                            .flatMap(line -> QuantityDrift.of(t.id(), line, subscription.quantity())));
        }
        return new Change(subscription, drift);
    }

    /** The owner's listed subscriptions of the customer; a stranger to the customer gets 404, not an empty list. */
    @Transactional
    public List<Subscription> list(UUID customer, UUID owner) {
        CustomerParty.check(customer, parties.ties(customer, owner)).orThrow();
        return subscriptions.listed(customer, owner);
    }

    @Transactional
    public Subscription get(UUID customer, UUID owner, UUID id) {
        return subscriptions.findListed(customer, owner, id).orElseThrow(() -> notFound(id));
    }

    private Subscription create(UUID customer, UUID owner, NewSubscription spec, SubscriptionOrigin origin, String by) {
        Optional<Subscription> base = spec.isAddOn() ? subscriptions.findListed(customer, owner, spec.baseSubscriptionId())
                : Optional.empty();
        SubscriptionPolicy.checkNew(spec, base, new SubscriptionPolicy.OwnerFacts(partners.findByIdOptional(owner),
                customers.findByIdOptional(customer).isPresent(), partnersOfRecord.rolesOf(customer, owner)),
                origin == SubscriptionOrigin.PURCHASE).orThrow();
        Subscription subscription = Subscription.create(UUID.randomUUID(), customer, owner, spec, origin, by, Instant.now(clock));
        subscriptions.persist(subscription);
        return subscription;
    }

    /** Another owner's subscription answers as one that does not exist. */
    private static RefusedException notFound(UUID id) {
        return new RefusedException(Refusal.notFound("Subscription", id));
    }
}
