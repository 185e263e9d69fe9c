package org.csptransition.transfer.support;

import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The golden sample of an event type, exactly as the catalogue shows it, with its tenant ids swapped for fresh ones (and
 * a fresh event id), so tests sharing one database never see each other's partners or customers.
 */
public final class Golden {

    public static final String SAMPLE_PARTNER = "5f0c2a9e-8d3b-4c1e-9f7a-2b6d4e8c1a10";
    public static final String SAMPLE_PROVIDER = "77aa1c3e-5b2d-4f6a-9c8e-1d2f3a4b5c6d";
    public static final String SAMPLE_CUSTOMER = "9a1e4b7c-2d3f-4a5b-8c6d-7e8f9a0b1c2d";

    private Golden() {
    }

    public static EventEnvelope sample(EventType type, Map<String, UUID> ids) {
        String json = EventJson.write(EventJson.sample(type));
        for (var swap : ids.entrySet()) {
            json = json.replace(swap.getKey(), swap.getValue().toString());
        }
        EventEnvelope swapped = EventJson.read(json);
        return new EventEnvelope(swapped.specversion(), UUID.randomUUID(), swapped.source(), swapped.type(), swapped.subject(),
                swapped.time(), swapped.datacontenttype(), swapped.correlationid(), swapped.data());
    }

    /** The same event at another time (to deliver an older fact after a newer one). */
    public static EventEnvelope at(EventEnvelope event, OffsetDateTime time) {
        return new EventEnvelope(event.specversion(), UUID.randomUUID(), event.source(), event.type(), event.subject(), time,
                event.datacontenttype(), event.correlationid(), event.data());
    }
}
