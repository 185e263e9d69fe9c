package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.Recipients;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.messaging.EventHandler;

import java.util.Set;

/** N1 the partner events that say whom a tenant's e-mails go to: decoded here, kept by {@link Recipients}. */
@ApplicationScoped
public class PartnerEventsHandler implements EventHandler {

    private final Recipients recipients;

    PartnerEventsHandler(Recipients recipients) {
        this.recipients = recipients;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PARTNER_REGISTERED, EventType.PARTNER_UPDATED);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (EventType.PARTNER_UPDATED.wireName().equals(event.type())) {
            PartnerUpdated partner = event.payload(PartnerUpdated.class);
            recipients.learn(event, partner.tenantId(), partner.companyName(), partner.primaryContact(), partner.preferredLocale(),
                    partner.mpnAccountEmail());
        } else {
            PartnerRegistered partner = event.payload(PartnerRegistered.class);
            recipients.learn(event, partner.tenantId(), partner.companyName(), partner.primaryContact(), partner.preferredLocale(),
                    partner.mpnAccountEmail());
        }
    }
}
