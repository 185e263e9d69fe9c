package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.RecipientRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.messaging.EventHandler;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Keeps each partner tenant's recipient (contact e-mail, locale, MPN account e-mail) from partner events. */
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
        return Set.of(EventType.PARTNER_REGISTERED);
    }

    @Override
    public void handle(EventEnvelope event) {
        PartnerRegistered partner = event.payload(PartnerRegistered.class);
        var known = recipients.findByIdOptional(partner.tenantId());
        Recipient recipient = known.orElseGet(() -> Recipient.of(partner.tenantId()));
        PartnerRegistered.Contact contact = partner.primaryContact();
        recipient.apply(event.time(), partner.companyName(), contact.firstName() + " " + contact.lastName(), contact.email(),
                partner.preferredLocale(), partner.mpnAccountEmail(), Instant.now(clock));
        if (known.isEmpty()) {
            recipients.persist(recipient);
        }
    }
}
