package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.webhook.WebhookFanOut;
import org.csptransition.notification.domain.webhook.WebhookEvents;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.messaging.EventHandler;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** N4 every event a webhook can be subscribed to, handed to {@link WebhookFanOut} in the consumer's transaction. */
@ApplicationScoped
public class WebhookEventHandler implements EventHandler {

    private static final Set<EventType> TYPES = Arrays.stream(EventType.values())
            .filter(t -> WebhookEvents.offered(t.wireName())).collect(Collectors.toUnmodifiableSet());

    private final WebhookFanOut fanOut;

    WebhookEventHandler(WebhookFanOut fanOut) {
        this.fanOut = fanOut;
    }

    @Override
    public Set<EventType> handles() {
        return TYPES;
    }

    @Override
    public void handle(EventEnvelope event) {
        fanOut.on(event);
    }
}
