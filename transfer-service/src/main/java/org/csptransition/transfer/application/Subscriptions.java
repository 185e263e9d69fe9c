package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.platform.http.ETags;
import org.csptransition.kernel.Outcome;
import org.csptransition.partners.KnownPartner;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.PartnerOfRecord;
import org.csptransition.transfer.domain.PurchaseKind;
import org.csptransition.transfer.domain.PurchasePolicy;
import org.csptransition.transfer.domain.ResellerManagementPolicy;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final ChangeAudit audit;

    Subscriptions(SubscriptionRepository subscriptions, KnownPartnerRepository partners, KnownCustomerRepository customers,
                  PartnerOfRecordRepository partnersOfRecord, ActiveTransferClaims claims, TransferRepository transfers,
                  CustomerPartyRepository parties, Clock clock, ChangeAudit audit) {
        this.audit = audit;
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
     * T1, R2, E5: a new subscription, add-on or one-time purchase: by the direct-bill partner for its direct-bill customer
     * (refused while restricted), by the provider for an indirect-reseller customer (PurchasePolicy). A
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
     * T1: seat change, status change and/or renewal setting by the owner; all work while the owner is restricted (E5). R2:
     * the reseller of an indirect-reseller customer changes the seats and renewal of its provider's subscriptions, not their
     * status. T10: a seat change inside an active request succeeds and reports the drift from the request's quantity.
     */
    @Transactional
    public Change change(UUID customer, UUID caller, UUID id, Integer quantity, SubscriptionStatus status, Boolean autoRenew,
                         String ifMatch) {
        Subscription subscription = findVisible(customer, caller, id);
        if (!subscription.isOwnedBy(caller)) {
            ResellerManagementPolicy.checkChange(status != null).orThrow();
        }
        ETags.checkIfMatch(ifMatch, subscription.version());
        Map<String, Object> before = stateOf(subscription);
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
        if (autoRenew != null) {
            subscription.mayChangeAutoRenew().orThrow();
            subscription.changeAutoRenew(autoRenew, now);
        }
        subscriptions.flush();
        Map<String, Object> after = stateOf(subscription);
        if (!after.equals(before)) {
            // seats, status and renewal publish no event: the trail is the only record of who changed them, and from what
            Map<String, Object> change = new LinkedHashMap<>(after);
            change.put("before", before);
            audit.record(ChangeAudit.SUBSCRIPTION, id, ChangeAudit.SUBSCRIPTION_CHANGED, partiesOf(subscription), change);
        }
        Optional<QuantityDrift> drift = Optional.empty();
        if (quantity != null) {
            drift = Optional.ofNullable(claims.holders(List.of(id)).get(id))
                    .flatMap(transfers::findWithLines)
                    .flatMap(t -> t.lines().stream().filter(l -> l.subscriptionId().equals(id)).findFirst()
                            .flatMap(line -> QuantityDrift.of(t.id(), line, subscription.quantity())));
        }
        return new Change(subscription, drift);
    }

    /** R2: what each party may buy for the customer, by kind; a stranger to the customer gets 404. */
    @Transactional
    public Map<PurchaseKind, Outcome> purchaseOptions(UUID customer, UUID buyer) {
        CustomerParty.check(customer, parties.ties(customer, buyer)).orThrow();
        KnownPartner partner = partners.findByIdOptional(buyer).filter(KnownPartner::isRegistered)
                .orElseThrow(() -> new RefusedException(Refusal.notYetKnown("partner",
                        "This service has not yet learnt the partner; retry shortly")));
        Set<String> roles = partnersOfRecord.rolesOf(customer, buyer);
        Map<PurchaseKind, Outcome> options = new EnumMap<>(PurchaseKind.class);
        for (PurchaseKind kind : PurchaseKind.values()) {
            options.put(kind, PurchasePolicy.check(kind, partner, roles));
        }
        return options;
    }

    /** The caller's own listed subscription, or (R2) one of its providers' if the caller is the customer's reseller. */
    private Subscription findVisible(UUID customer, UUID caller, UUID id) {
        return subscriptions.findListed(customer, caller, id).or(() -> subscriptions.findByIdOptional(id)
                        .filter(s -> s.customerTenantId().equals(customer) && s.isListedUnderOwner() && managedBy(s, caller)))
                .orElseThrow(() -> notFound(id));
    }

    private boolean managedBy(Subscription subscription, UUID caller) {
        return ResellerManagementPolicy.manages(partnersOfRecord.rolesOf(subscription.customerTenantId(), caller),
                partnersOfRecord.rolesOf(subscription.customerTenantId(), subscription.ownerPartnerTenantId()));
    }

    /** The owner's listed subscriptions of the customer; a stranger to the customer gets 404, not an empty list. */
    @Transactional
    public List<Subscription> list(UUID customer, UUID owner) {
        CustomerParty.check(customer, parties.ties(customer, owner)).orThrow();
        Set<String> roles = partnersOfRecord.rolesOf(customer, owner);
        if (!roles.contains(PartnerOfRecord.INDIRECT_RESELLER)) {
            return subscriptions.listed(customer, owner);
        }
        // R2: the reseller also sees the subscriptions its providers bought for the customer (their licences and renewals)
        List<Subscription> visible = new ArrayList<>(subscriptions.listed(customer, owner));
        partnersOfRecord.ofCustomer(customer).stream()
                .filter(p -> p.role().equals(PartnerOfRecord.INDIRECT_PROVIDER) && !p.partnerTenantId().equals(owner))
                .map(PartnerOfRecord::partnerTenantId).distinct()
                .forEach(provider -> visible.addAll(subscriptions.listed(customer, provider)));
        return visible;
    }

    @Transactional
    public Subscription get(UUID customer, UUID caller, UUID id) {
        return findVisible(customer, caller, id);
    }

    private Subscription create(UUID customer, UUID owner, NewSubscription spec, SubscriptionOrigin origin, String by) {
        Optional<Subscription> base = spec.isAddOn() ? subscriptions.findListed(customer, owner, spec.baseSubscriptionId())
                : Optional.empty();
        SubscriptionPolicy.checkNew(spec, base, new SubscriptionPolicy.OwnerFacts(partners.findByIdOptional(owner),
                customers.findByIdOptional(customer).isPresent(), partnersOfRecord.rolesOf(customer, owner)),
                origin == SubscriptionOrigin.PURCHASE).orThrow();
        Subscription subscription = Subscription.create(UUID.randomUUID(), customer, owner, spec, origin, by, Instant.now(clock));
        subscriptions.persist(subscription);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("offerId", spec.offerId());
        change.put("offerName", spec.offerName());
        change.put("productType", spec.productType() == null ? null : spec.productType().name());
        change.put("baseSubscriptionId", spec.baseSubscriptionId() == null ? null : spec.baseSubscriptionId().toString());
        change.put("customerTenantId", customer.toString());
        change.put("ownerPartnerTenantId", owner.toString());
        change.putAll(stateOf(subscription));
        audit.record(ChangeAudit.SUBSCRIPTION, subscription.id(), origin == SubscriptionOrigin.IMPORT ? ChangeAudit.SUBSCRIPTION_IMPORTED
                : ChangeAudit.SUBSCRIPTION_PURCHASED, partiesOf(subscription), change);
        return subscription;
    }

    /** What a change of seats, status or renewal can move. */
    private static Map<String, Object> stateOf(Subscription subscription) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("quantity", subscription.quantity());
        state.put("status", subscription.status().name());
        state.put("autoRenew", subscription.autoRenew());
        return state;
    }

    /** The owner and the customer read a subscription's trail (besides the acting tenant and the operator). */
    private static Set<UUID> partiesOf(Subscription subscription) {
        return Set.of(subscription.ownerPartnerTenantId(), subscription.customerTenantId());
    }

    /** Another owner's subscription answers as one that does not exist. */
    private static RefusedException notFound(UUID id) {
        return new RefusedException(Refusal.notFound("Subscription", id));
    }
}
