package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * T1 A subscription of a customer, owned by one partner: offer, product type, quantity, billing cycle and status; an add-on
 * names its base, an Azure one its Azure subscription id. Its owner changes seats (T10: also inside an active transfer)
 * and suspends or reactivates it; each change has a guard ({@code mayChangeQuantity}, {@code mayChangeStatus}) that
 * answers an {@link Outcome} and that the application asks first. A transfer (T6) gives the provider a successor with a
 * new id and suspends a license-based original, or takes an Azure original off the source's list, and returns the
 * {@link SubscriptionEvent}s that caused.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    public static final String NOT_ACTIVE = "SUBSCRIPTION_NOT_ACTIVE";

    @Id
    private UUID id;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "owner_partner_tenant_id")
    private UUID ownerPartnerTenantId;
    @Column(name = "offer_id")
    private String offerId;
    @Column(name = "offer_name")
    private String offerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_type")
    private ProductType productType;
    private int quantity;
    @Column(name = "billing_cycle")
    private String billingCycle;
    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;
    @Column(name = "base_subscription_id")
    private UUID baseSubscriptionId;
    @Column(name = "azure_subscription_id")
    private String azureSubscriptionId;
    @Enumerated(EnumType.STRING)
    private SubscriptionOrigin origin;
    @Column(name = "transferred_from_subscription_id")
    private UUID transferredFromSubscriptionId;
    @Column(name = "transferred_to_subscription_id")
    private UUID transferredToSubscriptionId;
    @Column(name = "transfer_id")
    private UUID transferId;
    @Column(name = "auto_renew")
    private boolean autoRenew = true;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Subscription() {
        // for JPA
    }

    /** T1: an imported or purchased subscription, checked by {@link SubscriptionPolicy} before. */
    public static Subscription create(UUID id, UUID customerTenantId, UUID ownerPartnerTenantId, NewSubscription spec,
                                      SubscriptionOrigin origin, String by, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = id;
        subscription.customerTenantId = customerTenantId;
        subscription.ownerPartnerTenantId = ownerPartnerTenantId;
        subscription.offerId = spec.offerId();
        subscription.offerName = spec.offerName();
        subscription.productType = spec.productType();
        subscription.quantity = spec.quantity();
        subscription.billingCycle = spec.billingCycle();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.baseSubscriptionId = spec.baseSubscriptionId();
        subscription.azureSubscriptionId = spec.azureSubscriptionId();
        subscription.origin = origin;
        subscription.createdAt = now;
        subscription.createdBy = by;
        subscription.updatedAt = now;
        return subscription;
    }

    /**
     * T6: the provider's successor of a transferred subscription: a new id, the quantity of the request's snapshot, the
     * same offer, and for an add-on the successor of its base; an Azure one keeps its Azure subscription id.
     */
    public Subscription successor(UUID newId, UUID provider, int snapshotQuantity, UUID newBaseId, UUID viaTransfer,
                                  String by, Instant now) {
        Subscription next = new Subscription();
        next.id = newId;
        next.customerTenantId = customerTenantId;
        next.ownerPartnerTenantId = provider;
        next.offerId = offerId;
        next.offerName = offerName;
        next.productType = productType;
        next.quantity = snapshotQuantity;
        next.billingCycle = billingCycle;
        next.status = SubscriptionStatus.ACTIVE;
        next.baseSubscriptionId = newBaseId;
        next.azureSubscriptionId = azureSubscriptionId;
        next.origin = SubscriptionOrigin.TRANSFER;
        next.transferredFromSubscriptionId = id;
        next.transferId = viaTransfer;
        next.createdAt = now;
        next.createdBy = by;
        next.updatedAt = now;
        return next;
    }

    /**
     * T6: the original after it moved to {@code successor}. A license-based one is {@code SUSPENDED}; an Azure one is no
     * longer the source's ({@code DELETED} here and off its list: the Azure subscription itself lives on under the
     * provider). Returns what that caused: the move, and for a license-based original its suspension.
     */
    public List<SubscriptionEvent> transferredTo(Subscription successor, UUID viaTransfer, Instant now) {
        status = productType.isAzure() ? SubscriptionStatus.DELETED : SubscriptionStatus.SUSPENDED;
        transferredToSubscriptionId = successor.id;
        transferId = viaTransfer;
        updatedAt = now;
        List<SubscriptionEvent> events = new ArrayList<>(2);
        events.add(new SubscriptionEvent.Transferred(id, successor.id, successor.offerId, successor.offerName,
                successor.productType, successor.quantity, successor.billingCycle, successor.azureSubscriptionId, successor.createdAt));
        if (status == SubscriptionStatus.SUSPENDED) {
            events.add(new SubscriptionEvent.Suspended(id, successor.id, offerName, successor.quantity, now));
        }
        return List.copyOf(events);
    }

    /** T1/T10: whether the owner may change the seats: to at least 1, while active (also inside an active transfer: T10). */
    public Outcome mayChangeQuantity(int newQuantity) {
        if (newQuantity < 1) {
            return Refusal.invalid("QUANTITY_INVALID", "quantity", "The quantity must be at least 1").outcome();
        }
        if (transferredToSubscriptionId != null) {
            return transferred().outcome();
        }
        return status == SubscriptionStatus.ACTIVE ? Outcome.allowed() : notActive(status).with("subscriptionId", id).outcome();
    }

    /** R2: whether the renewal setting may change: not on a deleted subscription nor on a moved original. */
    public Outcome mayChangeAutoRenew() {
        if (transferredToSubscriptionId != null) {
            return transferred().outcome();
        }
        return Outcome.refusedIf(status == SubscriptionStatus.DELETED,
                Refusal.conflict("SUBSCRIPTION_DELETED", "A deleted subscription cannot change"));
    }

    /** R2: the renewal change {@link #mayChangeAutoRenew} allowed (nothing when it is the current setting). */
    public void changeAutoRenew(boolean renew, Instant now) {
        requireAllowed(mayChangeAutoRenew());
        if (renew != autoRenew) {
            autoRenew = renew;
            updatedAt = now;
        }
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    private Refusal transferred() {
        return Refusal.conflict("SUBSCRIPTION_TRANSFERRED", "This subscription moved to the indirect provider as "
                + transferredToSubscriptionId + "; it cannot change").with("newSubscriptionId", transferredToSubscriptionId);
    }

    /** T1/T10: the seat change {@link #mayChangeQuantity} allowed. */
    public void changeQuantity(int newQuantity, Instant now) {
        requireAllowed(mayChangeQuantity(newQuantity));
        quantity = newQuantity;
        updatedAt = now;
    }

    /**
     * T1: whether the owner may suspend or reactivate it: deletion is final; a moved Azure original is no longer the owner's;
     * a moved license-based original may be reactivated or deleted (T9 step 4 checks it is not active).
     */
    public Outcome mayChangeStatus(SubscriptionStatus target) {
        if (target == status) {
            return Outcome.allowed();
        }
        if (transferredToSubscriptionId != null && productType.isAzure()) {
            return transferred().outcome();
        }
        // T9: a moved license-based original is still the partner's subscription: it may reactivate it (step 4 then fails
        // until it is suspended or deleted again) or delete it; its seats never change (mayChangeQuantity)
        return Outcome.refusedIf(status == SubscriptionStatus.DELETED,
                Refusal.conflict("SUBSCRIPTION_DELETED", "A deleted subscription cannot change"));
    }

    /** T1: the status change {@link #mayChangeStatus} allowed (nothing when it is the current status). */
    public void changeStatus(SubscriptionStatus target, Instant now) {
        requireAllowed(mayChangeStatus(target));
        if (target != status) {
            status = target;
            updatedAt = now;
        }
    }

    /** T1/T2: a subscription that is not active can neither change seats nor be transferred. */
    static Refusal notActive(SubscriptionStatus status) {
        return Refusal.conflict(NOT_ACTIVE, "Only an active subscription can change seats or be transferred; this one is " + status)
                .with("status", status.name());
    }

    /** A transition its guard refuses is a programming error: the application asks the guard first and answers its refusal. */
    private void requireAllowed(Outcome guard) {
        if (guard.isRefused()) {
            throw new IllegalStateException("Subscription " + id + ": " + guard);
        }
    }

    public boolean isAddOn() {
        return baseSubscriptionId != null;
    }

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    /** T6: an Azure original that moved is no longer listed as its former owner's. */
    public boolean isListedUnderOwner() {
        return !(productType.isAzure() && transferredToSubscriptionId != null);
    }

    public boolean isOwnedBy(UUID partnerTenantId) {
        return ownerPartnerTenantId.equals(partnerTenantId);
    }

    public UUID id() {
        return id;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public UUID ownerPartnerTenantId() {
        return ownerPartnerTenantId;
    }

    public String offerId() {
        return offerId;
    }

    public String offerName() {
        return offerName;
    }

    public ProductType productType() {
        return productType;
    }

    public int quantity() {
        return quantity;
    }

    public String billingCycle() {
        return billingCycle;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public Optional<UUID> baseSubscriptionId() {
        return Optional.ofNullable(baseSubscriptionId);
    }

    public Optional<String> azureSubscriptionId() {
        return Optional.ofNullable(azureSubscriptionId);
    }

    public SubscriptionOrigin origin() {
        return origin;
    }

    public Optional<UUID> transferredFromSubscriptionId() {
        return Optional.ofNullable(transferredFromSubscriptionId);
    }

    public Optional<UUID> transferredToSubscriptionId() {
        return Optional.ofNullable(transferredToSubscriptionId);
    }

    public Optional<UUID> transferId() {
        return Optional.ofNullable(transferId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
