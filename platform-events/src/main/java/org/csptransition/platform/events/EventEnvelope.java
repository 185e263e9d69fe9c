package org.csptransition.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 structured-mode envelope (JSON), plus {@code correlationid}.
 * The Kafka record key is always {@link #subject()}: the aggregate id, so one aggregate's events stay in order.
 */
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String correlationid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
    }

    /** Wraps a typed payload; the event type and subject come from the payload itself. */
    public static EventEnvelope wrap(UUID id, String source, OffsetDateTime time, String correlationId, EventPayload payload) {
        EventType type = EventType.of(payload.getClass());
        return new EventEnvelope(SPEC_VERSION, id, source, type.wireName(), payload.subject(), time, CONTENT_TYPE,
                correlationId, EventJson.MAPPER.valueToTree(payload));
    }

    /** The same event under another subject (a test's way to control ordering by key). */
    public EventEnvelope withSubject(String otherSubject) {
        return new EventEnvelope(specversion, id, source, type, otherSubject, time, datacontenttype, correlationid, data);
    }

    /** The payload as its typed record. */
    public <T extends EventPayload> T payload(Class<T> payloadClass) {
        return EventJson.read(data, payloadClass);
    }
}
