package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Optional;
import java.util.UUID;

/**
 * One subscription of a transfer request, as it was when the request was made (T3: the quantity of that moment; T10:
 * later seat changes are not carried). An add-on line names its base and shares its transfer group. Changed only through
 * its {@link Transfer}.
 */
@Entity
@Table(name = "transfer_line")
public class TransferLine {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_id")
    private Transfer transfer;
    private int position;
    @Column(name = "subscription_id")
    private UUID subscriptionId;
    @Column(name = "base_subscription_id")
    private UUID baseSubscriptionId;
    @Column(name = "transfer_group_id")
    private UUID transferGroupId;
    @Column(name = "offer_id")
    private String offerId;
    @Column(name = "friendly_name")
    private String friendlyName;
    @Enumerated(EnumType.STRING)
    @Column(name = "product_type")
    private ProductType productType;
    private int quantity;
    @Column(name = "billing_cycle")
    private String billingCycle;
    @Column(name = "partner_id_on_record")
    private String partnerIdOnRecord;
    @Enumerated(EnumType.STRING)
    private LineStatus status;
    @Column(name = "new_subscription_id")
    private UUID newSubscriptionId;
    @Column(name = "error_code")
    private String errorCode;
    @Column(name = "error_description")
    private String errorDescription;

    protected TransferLine() {
        // for JPA
    }

    static TransferLine of(Transfer transfer, int position, Subscription subscription, UUID groupId, String partnerIdOnRecord) {
        TransferLine line = new TransferLine();
        line.id = UUID.randomUUID();
        line.transfer = transfer;
        line.position = position;
        line.subscriptionId = subscription.id();
        line.baseSubscriptionId = subscription.baseSubscriptionId().orElse(null);
        line.transferGroupId = groupId;
        line.offerId = subscription.offerId();
        line.friendlyName = subscription.offerName();
        line.productType = subscription.productType();
        line.quantity = subscription.quantity();
        line.billingCycle = subscription.billingCycle();
        line.partnerIdOnRecord = partnerIdOnRecord;
        line.status = LineStatus.PENDING;
        return line;
    }

    void complete(UUID successorId) {
        status = LineStatus.COMPLETE;
        newSubscriptionId = successorId;
    }

    void fail(String code, String description) {
        status = LineStatus.FAILED;
        errorCode = code;
        errorDescription = description;
    }

    public boolean isAddOn() {
        return baseSubscriptionId != null;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public Optional<UUID> baseSubscriptionId() {
        return Optional.ofNullable(baseSubscriptionId);
    }

    public UUID transferGroupId() {
        return transferGroupId;
    }

    public String offerId() {
        return offerId;
    }

    public String friendlyName() {
        return friendlyName;
    }

    public ProductType productType() {
        return productType;
    }

    /** The quantity when the request was made (T3). */
    public int quantity() {
        return quantity;
    }

    public String billingCycle() {
        return billingCycle;
    }

    public String partnerIdOnRecord() {
        return partnerIdOnRecord;
    }

    public LineStatus status() {
        return status;
    }

    public Optional<UUID> newSubscriptionId() {
        return Optional.ofNullable(newSubscriptionId);
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> errorDescription() {
        return Optional.ofNullable(errorDescription);
    }
}
