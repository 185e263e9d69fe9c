package org.csptransition.notification.domain.webhook;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.Collection;

/** N4 what an endpoint may subscribe to, and what may be asked of it as it is. */
public final class WebhookEndpointPolicy {

    public static final String EVENT_TYPE_UNKNOWN = "WEBHOOK_EVENT_TYPE_UNKNOWN";
    public static final String ENDPOINT_DISABLED = "WEBHOOK_ENDPOINT_DISABLED";

    private WebhookEndpointPolicy() {
    }

    /** Every type asked for is one of {@link WebhookEvents#types()}; each unknown one is named. */
    public static Outcome checkEventTypes(Collection<String> eventTypes) {
        Outcome outcome = Outcome.allowed();
        for (String type : eventTypes) {
            outcome = outcome.and(Outcome.refusedIf(!WebhookEvents.offered(type),
                    Refusal.invalid(EVENT_TYPE_UNKNOWN, "eventTypes", "No webhook is offered for event type " + type)
                            .with("eventType", type).with("accepted", WebhookEvents.types())));
        }
        return outcome;
    }

    /** A test event goes only to an ACTIVE endpoint: a disabled one sends nothing. */
    public static Outcome checkTestEvent(WebhookEndpoint endpoint) {
        return Outcome.refusedIf(endpoint.status() != WebhookEndpointStatus.ACTIVE,
                Refusal.conflict(ENDPOINT_DISABLED, "Webhook endpoint " + endpoint.id() + " is disabled; enable it first")
                        .with("id", endpoint.id().toString()));
    }
}
