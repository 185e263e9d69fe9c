package org.csptransition.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Who receives a tenant's e-mails, and in which language (N1). Older facts never overwrite newer ones. */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "contact_name")
    private String contactName;
    private String email;
    private String locale;
    @Column(name = "mpn_account_email")
    private String mpnAccountEmail;
    @Column(name = "last_event_time")
    private OffsetDateTime lastEventTime;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Recipient() {
        // for JPA
    }

    public static Recipient of(UUID tenantId) {
        Recipient recipient = new Recipient();
        recipient.tenantId = tenantId;
        return recipient;
    }

    /** Applies a newer fact about the recipient; returns false when a newer one was already applied. */
    public boolean apply(OffsetDateTime factTime, String displayName, String contactName, String email, String locale,
                         String mpnAccountEmail, Instant now) {
        if (lastEventTime != null && factTime.isBefore(lastEventTime)) {
            return false;
        }
        this.displayName = displayName;
        this.contactName = contactName;
        this.email = email;
        this.locale = locale;
        this.mpnAccountEmail = mpnAccountEmail;
        this.lastEventTime = factTime;
        this.updatedAt = now;
        return true;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String displayName() {
        return displayName;
    }

    public String contactName() {
        return contactName;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public String mpnAccountEmail() {
        return mpnAccountEmail;
    }

    public OffsetDateTime lastEventTime() {
        return lastEventTime;
    }
}
