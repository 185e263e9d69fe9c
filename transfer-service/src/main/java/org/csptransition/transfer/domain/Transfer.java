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

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

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
 * the provider verifies (T8), then the partner (T9), and it is closed. Every transition a party asks for has a guard
 * ({@code mayWithdraw}, {@code mayDecide} and the like) that answers an {@link Outcome}: the application asks it first and
 * answers its refusal. The transition itself returns the event it caused.
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

    /** T5: whether {@code caller} may withdraw it now: only the source ({@code NOT_THE_SOURCE_PARTNER}), only while open. */
    public Outcome mayWithdraw(UUID caller, Instant now) {
        return firstRefusalOf(onlySource(caller), open(now));
    }

    /** T5: the source withdraws an {@code Active}, unexpired request ({@link #mayWithdraw}). */
    public TransferEvent.Withdrawn withdraw(UUID caller, String by, Instant now) {
        requireAllowed(mayWithdraw(caller, now));
        end(TransferStatus.WITHDRAWN, by, now);
        return new TransferEvent.Withdrawn(now, by);
    }

    /**
     * T6: whether {@code caller} may accept or reject it now: only the target ({@code NOT_THE_TARGET_PROVIDER}), only while
     * open (so of two acceptances, one).
     */
    public Outcome mayDecide(UUID caller, Instant now) {
        return firstRefusalOf(onlyTarget(caller), open(now));
    }

    /** T6: the target rejects an {@code Active}, unexpired request ({@link #mayDecide}); it ends. */
    public TransferEvent.Rejected reject(UUID caller, String by, String reason, Instant now) {
        requireAllowed(mayDecide(caller, now));
        rejectionReason = reason;
        end(TransferStatus.REJECTED, by, now);
        return new TransferEvent.Rejected(now, by, reason);
    }

    /** T7: whether it is due to expire: {@code Active} and at or past its expiration time. */
    public Outcome mayExpire(Instant now) {
        return Outcome.refusedIf(status != TransferStatus.ACTIVE || !ExpiryPolicy.isExpired(expirationTime, now),
                Refusal.conflict("TRANSFER_NOT_DUE_TO_EXPIRE", "Transfer " + id + " is " + status.wireName() + " and expires at "
                                + expirationTime)
                        .with("transferId", id).with("status", status.wireName()).with("expirationTime", expirationTime.toString()));
    }

    /** T7: an {@code Active} request at or past its expiration time becomes {@code Expired} ({@link #mayExpire}). */
    public TransferEvent.Expired expire(Instant now) {
        requireAllowed(mayExpire(now));
        end(TransferStatus.EXPIRED, "system:expiry", now);
        return new TransferEvent.Expired(now);
    }

    /** T6: the target accepts an {@code Active}, unexpired request ({@link #mayDecide}): {@code InProgress} while its groups move. */
    public TransferEvent.Accepted accept(UUID caller, String by, Instant now) {
        requireAllowed(mayDecide(caller, now));
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
            moved.add(new TransferEvent.GroupMoved.Moved(line.subscriptionId(), successor));
        }
        touched(acceptedBy, now);
        return new TransferEvent.GroupMoved(groupId, moved);
    }

    /**
     * T6: a group failed alone, for the reason {@link GroupTransferPolicy} gave: the line that changed says why, the others
     * of its group that they went down with it.
     */
    public void failGroup(UUID groupId, Refusal reason, Instant now) {
        UUID changed = GroupTransferPolicy.changedSubscription(reason);
        for (TransferLine line : pendingGroup(groupId)) {
            if (line.subscriptionId().equals(changed)) {
                line.fail(reason.code(), reason.message());
            } else {
                line.fail(GroupTransferPolicy.GROUP_FAILED, "Its transfer group failed: subscription " + changed
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

    /** T8: whether the target may record step 3 with {@code report}: once the request was processed, and the report holds. */
    public Outcome mayVerifyByProvider(VerificationReport report) {
        return firstRefusalOf(atStage(TransferStage.AWAITING_PROVIDER_VERIFICATION), report.outcome());
    }

    /** T8: step 3, by the target ({@link #mayVerifyByProvider}). */
    public TransferEvent.ProviderVerified verifyByProvider(VerificationReport report, String by, Instant now) {
        requireAllowed(mayVerifyByProvider(report));
        providerVerifiedAt = now;
        providerVerifiedBy = by;
        stage = TransferStage.AWAITING_PARTNER_VERIFICATION;
        touched(by, now);
        return new TransferEvent.ProviderVerified(now, by);
    }

    /** T9: whether the source may record step 4 with {@code report}: after step 3, and the report holds. */
    public Outcome mayVerifyByPartner(VerificationReport report) {
        return firstRefusalOf(atStage(TransferStage.AWAITING_PARTNER_VERIFICATION), report.outcome());
    }

    /** T9: step 4, by the source ({@link #mayVerifyByPartner}); the request is closed. */
    public TransferEvent.PartnerVerified verifyByPartner(VerificationReport report, String by, Instant now) {
        requireAllowed(mayVerifyByPartner(report));
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

    private Outcome onlySource(UUID caller) {
        return Outcome.refusedIf(!isSource(caller), Refusal.forbidden("NOT_THE_SOURCE_PARTNER",
                "Only the partner that made the request may withdraw it"));
    }

    private Outcome onlyTarget(UUID caller) {
        return Outcome.refusedIf(!isTarget(caller), Refusal.forbidden("NOT_THE_TARGET_PROVIDER",
                "Only the provider the request is addressed to may accept or reject it"));
    }

    /** Open for a decision: {@code Active} ({@code TRANSFER_NOT_ACTIVE}) and not expired ({@code TRANSFER_EXPIRED}, T7). */
    private Outcome open(Instant now) {
        if (status != TransferStatus.ACTIVE) {
            return Refusal.conflict("TRANSFER_NOT_ACTIVE", "Only an Active request can be withdrawn, rejected or accepted; this one is "
                    + status.wireName()).with("status", status.wireName()).outcome();
        }
        return ExpiryPolicy.notExpired(expirationTime, now);
    }

    /** The verifications come in order (T8 then T9), each once, and only on a processed request. */
    private Outcome atStage(TransferStage expected) {
        return Outcome.refusedIf(stage != expected, Refusal.conflict("VERIFICATION_OUT_OF_ORDER",
                        "The provider verifies (step 3) once the accepted request was processed, then the partner (step 4); this "
                                + "request is " + status.wireName() + " at stage " + stage)
                .with("stage", stage.name()).with("status", status.wireName()));
    }

    /** Only the first check that refuses answers: the next one assumes it held (the right party, the right stage). */
    private static Outcome firstRefusalOf(Outcome first, Outcome then) {
        return first.isRefused() ? first : then;
    }

    /** A transition its guard refuses is a programming error: the application asks the guard first and answers its refusal. */
    private void requireAllowed(Outcome guard) {
        if (guard.isRefused()) {
            throw new IllegalStateException("Transfer " + id + ": " + guard);
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
