package org.csptransition.transfer.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A direct-to-indirect transfer request: subscriptions of one customer, from the direct-bill partner (the source) to one
 * indirect provider (the target), on Partner Center's shape. Step 1 (T3) makes it {@code Active} until its expiration
 * time; the source may withdraw it (T5), the target reject or accept it (T6), or it expires (T7). Accepted, it is
 * {@code InProgress} while each transfer group moves, then {@code Complete}, {@code PartiallyComplete} or {@code Failed};
 * the provider verifies (T8), then the partner (T9), and it is closed. Every transition is guarded here and returns the
 * event it caused.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    @Id
    private UUID id;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "source_partner_tenant_id")
    private UUID sourcePartnerTenantId;
    @Column(name = "source_partner_name")
    private String sourcePartnerName;
    @Column(name = "target_partner_tenant_id")
    private UUID targetPartnerTenantId;
    @Column(name = "target_partner_name")
    private String targetPartnerName;
    @Column(name = "partner_id_on_record")
    private String partnerIdOnRecord;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    @Enumerated(EnumType.STRING)
    private TransferStage stage;
    @Column(name = "created_time")
    private Instant createdTime;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "last_modified_time")
    private Instant lastModifiedTime;
    @Column(name = "last_modified_user")
    private String lastModifiedUser;
    @Column(name = "expiration_time")
    private Instant expirationTime;
    @Column(name = "accepted_time")
    private Instant acceptedTime;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "completed_time")
    private Instant completedTime;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "provider_verified_at")
    private Instant providerVerifiedAt;
    @Column(name = "provider_verified_by")
    private String providerVerifiedBy;
    @Column(name = "partner_verified_at")
    private Instant partnerVerifiedAt;
    @Column(name = "partner_verified_by")
    private String partnerVerifiedBy;
    @OneToMany(mappedBy = "transfer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TransferLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected Transfer() {
        // for JPA
    }

    /** Who the request is between, with the names the suite knows them by. */
    public record Parties(UUID customerTenantId, String customerName, UUID sourcePartnerTenantId, String sourcePartnerName,
                          UUID targetPartnerTenantId, String targetPartnerName) {
    }

    /** A new request and the event it caused. */
    public record Opened(Transfer transfer, TransferEvent.Created event) {
    }

    /**
     * T3: a request checked by {@link TransferRequestPolicy}: a line per subscription of each transfer group, with the
     * quantity of this moment and the source's PartnerID as partner of record; {@code Active} until now + expiration.
     */
    public static Opened open(UUID id, Parties parties, String partnerIdOnRecord, List<TransferGroups.Group> groups,
                              String by, Instant now, Duration expiration) {
        Transfer transfer = new Transfer();
        transfer.id = id;
        transfer.customerTenantId = parties.customerTenantId();
        transfer.customerName = parties.customerName();
        transfer.sourcePartnerTenantId = parties.sourcePartnerTenantId();
        transfer.sourcePartnerName = parties.sourcePartnerName();
        transfer.targetPartnerTenantId = parties.targetPartnerTenantId();
        transfer.targetPartnerName = parties.targetPartnerName();
        transfer.partnerIdOnRecord = partnerIdOnRecord;
        transfer.status = TransferStatus.ACTIVE;
        transfer.stage = TransferStage.AWAITING_PROVIDER_DECISION;
        transfer.createdTime = now;
        transfer.createdBy = by;
        transfer.expirationTime = now.plus(expiration);
        transfer.touched(by, now);
        int position = 0;
        for (TransferGroups.Group group : groups) {
            for (Subscription member : group.members()) {
                transfer.lines.add(TransferLine.of(transfer, position++, member, group.id(), partnerIdOnRecord));
            }
        }
        return new Opened(transfer, new TransferEvent.Created(now, by));
    }

    /** T5: the source withdraws an {@code Active}, unexpired request. */
    public TransferEvent.Withdrawn withdraw(UUID caller, String by, Instant now) {
        requireSource(caller, "withdraw");
        requireOpen(now, "withdrawn");
        end(TransferStatus.WITHDRAWN, by, now);
        return new TransferEvent.Withdrawn(now, by);
    }

    /** T6: the target rejects an {@code Active}, unexpired request; it ends. */
    public TransferEvent.Rejected reject(UUID caller, String by, String reason, Instant now) {
        requireTarget(caller, "reject");
        requireOpen(now, "rejected");
        rejectionReason = reason;
        end(TransferStatus.REJECTED, by, now);
        return new TransferEvent.Rejected(now, by, reason);
    }

    /** T7: an {@code Active} request at or past its expiration time becomes {@code Expired}. */
    public TransferEvent.Expired expire(Instant now) {
        if (status != TransferStatus.ACTIVE || !ExpiryPolicy.isExpired(expirationTime, now)) {
            throw new RefusedException(Refusal.conflict("TRANSFER_NOT_DUE_TO_EXPIRE",
                    "Transfer " + id + " is " + status.wireName() + " and expires at " + expirationTime));
        }
        end(TransferStatus.EXPIRED, "system:expiry", now);
        return new TransferEvent.Expired(now);
    }

    /** T6: the target accepts an {@code Active}, unexpired request: it is {@code InProgress} while its groups move. */
    public TransferEvent.Accepted accept(UUID caller, String by, Instant now) {
        requireTarget(caller, "accept");
        requireOpen(now, "accepted");
        status = TransferStatus.IN_PROGRESS;
        stage = TransferStage.PROCESSING;
        acceptedTime = now;
        acceptedBy = by;
        touched(by, now);
        return new TransferEvent.Accepted(now, by);
    }

    /** T6: the transfer groups whose lines are still pending, in order, each with its lines. */
    public Map<UUID, List<TransferLine>> pendingGroups() {
        Map<UUID, List<TransferLine>> groups = new LinkedHashMap<>();
        for (TransferLine line : lines) {
            if (line.status() == LineStatus.PENDING) {
                groups.computeIfAbsent(line.transferGroupId(), g -> new ArrayList<>()).add(line);
            }
        }
        return groups;
    }

    /** T6: a group moved: each line names its successor; license-based originals are suspended, Azure ones delisted. */
    public TransferEvent.GroupMoved completeGroup(UUID groupId, Map<UUID, UUID> successorOf, Instant now) {
        List<TransferLine> group = pendingGroup(groupId);
        List<TransferEvent.GroupMoved.Moved> moved = new ArrayList<>();
        for (TransferLine line : group) {
            UUID successor = successorOf.get(line.subscriptionId());
            line.complete(successor);
            moved.add(new TransferEvent.GroupMoved.Moved(line.subscriptionId(), successor, !line.productType().isAzure()));
        }
        touched(acceptedBy, now);
        return new TransferEvent.GroupMoved(groupId, moved);
    }

    /** T6: a group failed alone: the line that changed says why, the others of its group that they went down with it. */
    public void failGroup(UUID groupId, GroupTransferPolicy.Failure failure, Instant now) {
        for (TransferLine line : pendingGroup(groupId)) {
            if (line.subscriptionId().equals(failure.subscriptionId())) {
                line.fail(failure.code(), failure.description());
            } else {
                line.fail(GroupTransferPolicy.GROUP_FAILED, "Its transfer group failed: subscription " + failure.subscriptionId()
                        + " changed since the request was made, and a group moves whole or not at all");
            }
        }
        touched(acceptedBy, now);
    }

    /** T6: every group processed; the outcome is Complete, PartiallyComplete or Failed. */
    public TransferEvent.Processed finishProcessing(Instant now) {
        if (status != TransferStatus.IN_PROGRESS || !pendingGroups().isEmpty()) {
            throw new IllegalStateException("Transfer " + id + " is not ready to finish: " + status);
        }
        long complete = lines.stream().filter(l -> l.status() == LineStatus.COMPLETE).count();
        status = complete == lines.size() ? TransferStatus.COMPLETE
                : complete == 0 ? TransferStatus.FAILED : TransferStatus.PARTIALLY_COMPLETE;
        stage = status == TransferStatus.FAILED ? TransferStage.ENDED : TransferStage.AWAITING_PROVIDER_VERIFICATION;
        completedTime = now;
        touched(acceptedBy, now);
        return new TransferEvent.Processed(status, now);
    }

    /** T8: step 3, by the target, once the request was processed, after the suite checked the report holds. */
    public TransferEvent.ProviderVerified verifyByProvider(VerificationReport report, String by, Instant now) {
        requireStage(TransferStage.AWAITING_PROVIDER_VERIFICATION, "The provider verifies (step 3) once the accepted request was processed");
        report.requireHolds();
        providerVerifiedAt = now;
        providerVerifiedBy = by;
        stage = TransferStage.AWAITING_PARTNER_VERIFICATION;
        touched(by, now);
        return new TransferEvent.ProviderVerified(now, by);
    }

    /** T9: step 4, by the source, after step 3, once the suite checked the report holds; the request is closed. */
    public TransferEvent.PartnerVerified verifyByPartner(VerificationReport report, String by, Instant now) {
        requireStage(TransferStage.AWAITING_PARTNER_VERIFICATION, "The partner verifies (step 4) after the provider verified (step 3)");
        report.requireHolds();
        partnerVerifiedAt = now;
        partnerVerifiedBy = by;
        stage = TransferStage.CLOSED;
        touched(by, now);
        return new TransferEvent.PartnerVerified(now, by);
    }

    public boolean isSource(UUID tenant) {
        return sourcePartnerTenantId.equals(tenant);
    }

    public boolean isTarget(UUID tenant) {
        return targetPartnerTenantId.equals(tenant);
    }

    /** Object-level authorisation: only the source and the target see a transfer. */
    public boolean isParty(UUID tenant) {
        return isSource(tenant) || isTarget(tenant);
    }

    private void requireSource(UUID caller, String act) {
        if (!isSource(caller)) {
            throw new RefusedException(Refusal.forbidden("NOT_THE_SOURCE_PARTNER", "Only the partner that made the request may " + act + " it"));
        }
    }

    private void requireTarget(UUID caller, String act) {
        if (!isTarget(caller)) {
            throw new RefusedException(Refusal.forbidden("NOT_THE_TARGET_PROVIDER", "Only the provider the request is addressed to may " + act + " it"));
        }
    }

    private void requireOpen(Instant now, String act) {
        if (status != TransferStatus.ACTIVE) {
            throw new RefusedException(Refusal.conflict("TRANSFER_NOT_ACTIVE",
                    "Only an Active request can be " + act + "; this one is " + status.wireName()).with("status", status.wireName()));
        }
        if (ExpiryPolicy.isExpired(expirationTime, now)) {
            throw new RefusedException(Refusal.conflict("TRANSFER_EXPIRED",
                    "The request expired at " + expirationTime + " and can no longer be " + act).with("expirationTime", expirationTime.toString()));
        }
    }

    private void requireStage(TransferStage expected, String rule) {
        if (stage != expected) {
            throw new RefusedException(Refusal.conflict("VERIFICATION_OUT_OF_ORDER",
                    rule + "; this request is " + status.wireName() + " at stage " + stage).with("stage", stage.name()));
        }
    }

    private List<TransferLine> pendingGroup(UUID groupId) {
        if (status != TransferStatus.IN_PROGRESS) {
            throw new IllegalStateException("Transfer " + id + " is not in progress: " + status);
        }
        List<TransferLine> group = pendingGroups().get(groupId);
        if (group == null) {
            throw new IllegalStateException("Transfer group " + groupId + " of " + id + " has no pending line");
        }
        return group;
    }

    private void end(TransferStatus ended, String by, Instant now) {
        status = ended;
        stage = TransferStage.ENDED;
        touched(by, now);
    }

    private void touched(String by, Instant now) {
        lastModifiedTime = now;
        lastModifiedUser = by;
    }

    public UUID id() {
        return id;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public String customerName() {
        return customerName;
    }

    public UUID sourcePartnerTenantId() {
        return sourcePartnerTenantId;
    }

    public String sourcePartnerName() {
        return sourcePartnerName;
    }

    public UUID targetPartnerTenantId() {
        return targetPartnerTenantId;
    }

    public String targetPartnerName() {
        return targetPartnerName;
    }

    public String partnerIdOnRecord() {
        return partnerIdOnRecord;
    }

    public TransferStatus status() {
        return status;
    }

    public TransferStage stage() {
        return stage;
    }

    public Instant createdTime() {
        return createdTime;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastModifiedTime() {
        return lastModifiedTime;
    }

    public String lastModifiedUser() {
        return lastModifiedUser;
    }

    public Instant expirationTime() {
        return expirationTime;
    }

    public Optional<Instant> acceptedTime() {
        return Optional.ofNullable(acceptedTime);
    }

    public Optional<String> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<Instant> completedTime() {
        return Optional.ofNullable(completedTime);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Instant> providerVerifiedAt() {
        return Optional.ofNullable(providerVerifiedAt);
    }

    public Optional<String> providerVerifiedBy() {
        return Optional.ofNullable(providerVerifiedBy);
    }

    public Optional<Instant> partnerVerifiedAt() {
        return Optional.ofNullable(partnerVerifiedAt);
    }

    public Optional<String> partnerVerifiedBy() {
        return Optional.ofNullable(partnerVerifiedBy);
    }

    /** Every line in order: each base followed by its add-ons. */
    public List<TransferLine> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version;
    }
}
