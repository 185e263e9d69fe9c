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
 * T13 A transition wave: a partner's request to move many customers to one indirect provider at once. It is
 * {@code RUNNING} from the request until every one of its customers has an outcome (a transfer created with the rules of a
 * single create, or that create's refusal code), then {@code COMPLETED}. Its customers are rows of their own
 * ({@code transition_wave_item}), each finished in its own transaction.
 */
@Entity
@Table(name = "transition_wave")
public class TransitionWave {

    /** Which customers the partner asked for: a list of them, or every customer ready at the time of the request. */
    public enum Selection { LISTED, ALL_READY }

    public enum Status { RUNNING, COMPLETED }

    /** One customer's state in a wave. */
    public enum ItemStatus { PENDING, CREATED, REFUSED }

    @Id
    private UUID id;
    @Column(name = "partner_tenant_id")
    private UUID partnerTenantId;
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    @Enumerated(EnumType.STRING)
    private Selection selection;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Version
    private long version;

    protected TransitionWave() {
        // for JPA
    }

    public static TransitionWave start(UUID id, UUID partner, UUID provider, Selection selection, String by, Instant now) {
        TransitionWave wave = new TransitionWave();
        wave.id = id;
        wave.partnerTenantId = partner;
        wave.providerTenantId = provider;
        wave.selection = selection;
        wave.status = Status.RUNNING;
        wave.createdAt = now;
        wave.createdBy = by;
        return wave;
    }

    /** Completes once no customer is pending any more; {@code false} when it is not (yet) its time. */
    public boolean completeIfDone(long pending, Instant now) {
        if (status != Status.RUNNING || pending > 0) {
            return false;
        }
        status = Status.COMPLETED;
        completedAt = now;
        return true;
    }

    /** The partner that asked, and the provider it addressed, may read it. */
    public boolean isParty(UUID tenant) {
        return partnerTenantId.equals(tenant) || providerTenantId.equals(tenant);
    }

    public UUID id() {
        return id;
    }

    public UUID partnerTenantId() {
        return partnerTenantId;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public Selection selection() {
        return selection;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public long version() {
        return version;
    }
}
