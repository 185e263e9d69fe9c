package org.csptransition.notification.application;

import org.csptransition.notification.domain.Recipient;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One e-mail to write: which template, to whom, in which locale, with which facts, and not before when
 * ({@code null}: at once).
 */
public record MailRequest(MailTemplate template, UUID recipientTenantId, String email, String locale,
                          Map<String, Object> data, Instant notBefore) {

    /** To a tenant's primary contact, with the names every template greets with. */
    public static MailRequest to(Recipient recipient, MailTemplate template, Map<String, Object> facts) {
        Map<String, Object> data = new HashMap<>(facts);
        data.putIfAbsent("contactName", recipient.contactName() == null ? recipient.displayName() : recipient.contactName());
        data.putIfAbsent("partnerName", recipient.displayName());
        return new MailRequest(template, recipient.tenantId(), recipient.email(), recipient.locale(), data, null);
    }

    public MailRequest notBefore(Instant when) {
        return new MailRequest(template, recipientTenantId, email, locale, data, when);
    }

    public MailRequest toAddress(String otherEmail) {
        return new MailRequest(template, recipientTenantId, otherEmail, locale, data, notBefore);
    }
}
