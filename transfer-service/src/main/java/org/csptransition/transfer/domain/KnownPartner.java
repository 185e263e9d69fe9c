package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What this service knows of a partner tenant, from eligibility-service's events: enough to tell a provider from a
 * reseller and to check program status without calling another service. Older facts never overwrite newer ones.
 */
@Entity
@Table(name = "known_partner")
public class KnownPartner {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "partner_id")
    private String partnerId;
    @Column(name = "company_name")
    private String companyName;
    private String country;
    @Column(name = "preferred_locale")
    private String preferredLocale;
    @Column(name = "direct_bill_status")
    private String directBillStatus;
    @Column(name = "indirect_reseller_status")
    private String indirectResellerStatus;
    @Column(name = "indirect_provider_status")
    private String indirectProviderStatus;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPartner() {
        // for JPA
    }

    public static KnownPartner first(UUID tenantId) {
        KnownPartner partner = new KnownPartner();
        partner.tenantId = tenantId;
        return partner;
    }

    /** Applies a fact about the partner unless a newer one was already applied; returns whether it changed anything. */
    public boolean apply(OffsetDateTime factTime, String partnerId, String companyName, String country, String preferredLocale,
                         Map<String, String> programStatuses, Instant now) {
        if (lastEventTime != null && factTime.isBefore(lastEventTime)) {
            return false;
        }
        this.partnerId = partnerId;
        this.companyName = companyName;
        this.country = country;
        this.preferredLocale = preferredLocale;
        this.directBillStatus = programStatuses.get("DIRECT_BILL");
        this.indirectResellerStatus = programStatuses.get("INDIRECT_RESELLER");
        this.indirectProviderStatus = programStatuses.get("INDIRECT_PROVIDER");
        this.lastEventTime = factTime;
        this.updatedAt = now;
        return true;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String companyName() {
        return companyName;
    }

    public String country() {
        return country;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public String directBillStatus() {
        return directBillStatus;
    }

    public String indirectResellerStatus() {
        return indirectResellerStatus;
    }

    public String indirectProviderStatus() {
        return indirectProviderStatus;
    }

    public OffsetDateTime lastEventTime() {
        return lastEventTime;
    }
}
