package org.csptransition.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * N1 one e-mail a fact causes, as the mail rules decide it: which template, to which tenant, and not before when
 * ({@code null}: at once). It goes to the tenant's primary contact unless the rule names another {@code address} of it
 * (the MPN account's, say); the recipients read model knows the contact and the language.
 */
public record Mail(MailTemplate template, UUID recipientTenantId, String address, Instant notBefore) {

    public Mail {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipientTenantId, "recipientTenantId");
    }

    public static Mail to(UUID recipientTenantId, MailTemplate template) {
        return new Mail(template, recipientTenantId, null, null);
    }

    public Mail notBefore(Instant when) {
        return new Mail(template, recipientTenantId, address, when);
    }

    /** The same e-mail to another address of the recipient; {@code null} keeps its primary contact. */
    public Mail at(String otherAddress) {
        return new Mail(template, recipientTenantId, otherAddress, notBefore);
    }
}
