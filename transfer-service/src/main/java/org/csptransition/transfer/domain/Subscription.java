package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * T1 A subscription of a customer, owned by one partner: offer, product type, quantity, billing cycle and status; an add-on
 * names its base, an Azure one its Azure subscription id. Its owner changes seats (T10: also inside an active transfer)
 * and suspends or reactivates it. A transfer (T6) gives the provider a successor with a new id and suspends a
 * license-based original, or takes an Azure original off the source's list.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

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
     * T6: the original after it moved. A license-based one is {@code SUSPENDED}; an Azure one is no longer the source's
     * ({@code DELETED} here and off its list: the Azure subscription itself lives on under the provider).
     */
    public void transferredTo(UUID successorId, UUID viaTransfer, Instant now) {
        status = productType.isAzure() ? SubscriptionStatus.DELETED : SubscriptionStatus.SUSPENDED;
        transferredToSubscriptionId = successorId;
        transferId = viaTransfer;
        updatedAt = now;
    }

    /** T1/T10: a seat change by the owner, allowed while active (also inside an active transfer: T10). */
    public void changeQuantity(int newQuantity, Instant now) {
        if (newQuantity < 1) {
            throw new RefusedException(Refusal.invalid("QUANTITY_INVALID", "quantity", "The quantity must be at least 1"));
        }
        if (status != SubscriptionStatus.ACTIVE) {
            throw new RefusedException(Refusal.conflict("SUBSCRIPTION_NOT_ACTIVE",
                    "Seats can change only on an active subscription; this one is " + status).with("subscriptionId", id));
        }
        quantity = newQuantity;
        updatedAt = now;
    }

    /** T1: suspension and reactivation by the owner; deletion is final, and a transferred original stays as it is. */
    public void changeStatus(SubscriptionStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (transferredToSubscriptionId != null) {
            throw new RefusedException(Refusal.conflict("SUBSCRIPTION_TRANSFERRED",
                    "This subscription moved to the indirect provider as " + transferredToSubscriptionId + "; it cannot change")
                    .with("newSubscriptionId", transferredToSubscriptionId));
        }
        if (status == SubscriptionStatus.DELETED) {
            throw new RefusedException(Refusal.conflict("SUBSCRIPTION_DELETED", "A deleted subscription cannot change"));
        }
        status = target;
        updatedAt = now;
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
