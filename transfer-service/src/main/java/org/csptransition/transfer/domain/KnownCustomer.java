package org.csptransition.transfer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service knows of a customer tenant, from relationship-service's events (R2): its name, domain and country.
 * The name also travels in the partner-of-record, extension and invitation events, so a row may be learnt from those
 * before the registration fills the rest. Older facts never overwrite newer ones.
 */
@Entity
@Table(name = "known_customer")
public class KnownCustomer {

    @Id
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "company_name")
    private String companyName;
    private String domain;
    private String country;
    private boolean registered;
    @Column(name = "profile_event_time")
    private OffsetDateTime profileEventTime;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownCustomer() {
        // for JPA
    }

    public static KnownCustomer first(UUID customerTenantId) {
        KnownCustomer customer = new KnownCustomer();
        customer.customerTenantId = customerTenantId;
        return customer;
    }

    /** {@code customer.registered.v1}: the whole profile. */
    public void applyRegistration(OffsetDateTime factTime, String companyName, String domain, String country, Instant now) {
        if (isNewer(factTime)) {
            this.companyName = companyName;
            this.profileEventTime = factTime;
        } else if (this.companyName == null) {
            this.companyName = companyName;
        }
        if (!registered || isNewer(factTime)) {
            this.domain = domain;
            this.country = country;
        }
        this.registered = true;
        touched(factTime, now);
    }

    /** The customer's name as another relationship event carries it. */
    public void applyName(OffsetDateTime factTime, String companyName, Instant now) {
        if (companyName != null && isNewer(factTime)) {
            this.companyName = companyName;
            this.profileEventTime = factTime;
        }
        touched(factTime, now);
    }

    private boolean isNewer(OffsetDateTime factTime) {
        return profileEventTime == null || !factTime.isBefore(profileEventTime);
    }

    private void touched(OffsetDateTime factTime, Instant now) {
        if (profileEventTime == null) {
            profileEventTime = factTime;
        }
        if (lastEventTime == null || factTime.isAfter(lastEventTime)) {
            lastEventTime = factTime;
        }
        updatedAt = now;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public String companyName() {
        return companyName;
    }

    public String domain() {
        return domain;
    }

    public String country() {
        return country;
    }

    public boolean registered() {
        return registered;
    }

    public OffsetDateTime lastEventTime() {
        return lastEventTime;
    }
}
