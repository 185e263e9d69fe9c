package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * R5 The Microsoft Customer Agreement status of a customer for one indirect provider: {@code ACCEPTED} or
 * {@code ACCEPTANCE_REQUIRED}, on a {@code basis} ({@code CUSTOMER_ACCEPTANCE}, {@code PROVIDER_ATTESTATION}, {@code NONE}).
 * A newer fact overwrites it, an older one never does.
 */
@Entity
@Table(name = "customer_agreement_status")
public class CustomerAgreement {

    public static final String ACCEPTED = "ACCEPTED";

    @EmbeddedId
    private Key key;
    private String status;
    private String basis;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CustomerAgreement() {
        // for JPA
    }

    public static CustomerAgreement first(UUID customerTenantId, UUID providerTenantId) {
        CustomerAgreement agreement = new CustomerAgreement();
        agreement.key = new Key(customerTenantId, providerTenantId);
        return agreement;
    }

    public void apply(OffsetDateTime factTime, String status, String basis, Instant changedAt, Instant now) {
        if (lastEventTime != null && factTime.isBefore(lastEventTime)) {
            return;
        }
        this.status = status;
        this.basis = basis;
        this.changedAt = changedAt;
        this.lastEventTime = factTime;
        this.updatedAt = now;
    }

    public boolean isAccepted() {
        return ACCEPTED.equals(status);
    }

    public UUID customerTenantId() {
        return key.customerTenantId;
    }

    public UUID providerTenantId() {
        return key.providerTenantId;
    }

    public String status() {
        return status;
    }

    public String basis() {
        return basis;
    }

    public Instant changedAt() {
        return changedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_tenant_id")
        private UUID customerTenantId;
        @Column(name = "provider_tenant_id")
        private UUID providerTenantId;

        protected Key() {
            // for JPA
        }

        public Key(UUID customerTenantId, UUID providerTenantId) {
            this.customerTenantId = customerTenantId;
            this.providerTenantId = providerTenantId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && customerTenantId.equals(that.customerTenantId)
                    && providerTenantId.equals(that.providerTenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerTenantId, providerTenantId);
        }
    }
}
