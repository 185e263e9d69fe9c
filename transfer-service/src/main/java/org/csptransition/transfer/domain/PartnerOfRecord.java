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
 * R2 A partner of record of a customer, in one role ({@code DIRECT_BILL_PARTNER}, {@code INDIRECT_RESELLER},
 * {@code INDIRECT_PROVIDER}), with delegated admin or not, since when and how ({@code DIRECT}, {@code EXTENSION},
 * {@code INVITATION}). One row per customer, partner and role; a newer fact overwrites it, an older one never does.
 */
@Entity
@Table(name = "customer_partner_of_record")
public class PartnerOfRecord {

    public static final String DIRECT_BILL_PARTNER = "DIRECT_BILL_PARTNER";
    public static final String INDIRECT_RESELLER = "INDIRECT_RESELLER";
    public static final String INDIRECT_PROVIDER = "INDIRECT_PROVIDER";

    @EmbeddedId
    private Key key;
    @Column(name = "partner_name")
    private String partnerName;
    @Column(name = "delegated_admin")
    private boolean delegatedAdmin;
    private Instant since;
    private String via;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PartnerOfRecord() {
        // for JPA
    }

    public static PartnerOfRecord first(UUID customerTenantId, UUID partnerTenantId, String role) {
        PartnerOfRecord partner = new PartnerOfRecord();
        partner.key = new Key(customerTenantId, partnerTenantId, role);
        return partner;
    }

    /** Applies the fact unless a newer one about the same customer, partner and role was applied already. */
    public void apply(OffsetDateTime factTime, String partnerName, boolean delegatedAdmin, Instant since, String via, Instant now) {
        if (lastEventTime != null && factTime.isBefore(lastEventTime)) {
            return;
        }
        this.partnerName = partnerName;
        this.delegatedAdmin = delegatedAdmin;
        this.since = since;
        this.via = via;
        this.lastEventTime = factTime;
        this.updatedAt = now;
    }

    public UUID customerTenantId() {
        return key.customerTenantId;
    }

    public UUID partnerTenantId() {
        return key.partnerTenantId;
    }

    public String role() {
        return key.role;
    }

    public String partnerName() {
        return partnerName;
    }

    public boolean delegatedAdmin() {
        return delegatedAdmin;
    }

    public Instant since() {
        return since;
    }

    public String via() {
        return via;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_tenant_id")
        private UUID customerTenantId;
        @Column(name = "partner_tenant_id")
        private UUID partnerTenantId;
        private String role;

        protected Key() {
            // for JPA
        }

        public Key(UUID customerTenantId, UUID partnerTenantId, String role) {
            this.customerTenantId = customerTenantId;
            this.partnerTenantId = partnerTenantId;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && customerTenantId.equals(that.customerTenantId)
                    && partnerTenantId.equals(that.partnerTenantId) && role.equals(that.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerTenantId, partnerTenantId, role);
        }
    }
}
