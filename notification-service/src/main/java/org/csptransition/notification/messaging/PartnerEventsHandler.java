package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.RecipientRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.messaging.EventHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** N1 keeps each partner tenant's recipient (contact e-mail, locale, MPN account e-mail) from partner events. */
@ApplicationScoped
public class PartnerEventsHandler implements EventHandler {

    private final RecipientRepository recipients;
    private final Clock clock;

    PartnerEventsHandler(RecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNER_REGISTERED, EventType.PARTNER_UPDATED);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (EventType.PARTNER_UPDATED.wireName().equals(event.type())) {
            PartnerUpdated partner = event.payload(PartnerUpdated.class);
            apply(event, partner.tenantId(), partner.companyName(), partner.primaryContact(), partner.preferredLocale(),
                    partner.mpnAccountEmail());
        } else {
            PartnerRegistered partner = event.payload(PartnerRegistered.class);
            apply(event, partner.tenantId(), partner.companyName(), partner.primaryContact(), partner.preferredLocale(),
                    partner.mpnAccountEmail());
        }
    }

    private void apply(EventEnvelope event, UUID tenantId, String companyName, PartnerRegistered.Contact contact,
                       String locale, String mpnAccountEmail) {
        var known = recipients.findByIdOptional(tenantId);
        Recipient recipient = known.orElseGet(() -> Recipient.of(tenantId));
        recipient.apply(event.time(), companyName, contact.firstName() + " " + contact.lastName(), contact.email(),
                locale, mpnAccountEmail, Instant.now(clock));
        if (known.isEmpty()) {
            recipients.persist(recipient);
        }
    }
}
