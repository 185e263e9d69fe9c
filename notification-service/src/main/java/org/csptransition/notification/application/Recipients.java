package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.RecipientRepository;

import java.util.Optional;
import java.util.UUID;

/** Reads of the recipients read model. */
@ApplicationScoped
public class Recipients {

    private final RecipientRepository recipients;

    Recipients(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    @Transactional
    public Optional<Recipient> find(UUID tenantId) {
        return recipients.findByIdOptional(tenantId);
    }
}
