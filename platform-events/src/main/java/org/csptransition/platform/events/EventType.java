package org.csptransition.platform.events;

import org.csptransition.platform.events.partner.PartnerRegistered;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: wire name (a past-tense fact with a version), topic, aggregate type and payload record.
 * Every entry has a golden sample in {@code events/samples/<wire name>.json}; docs/events.md describes each one.
 */
public enum EventType {

    PARTNER_REGISTERED("partner.registered.v1", Topics.PARTNER_EVENTS, "partner", PartnerRegistered.class);

    private final String wireName;
    private final String topic;
    private final String aggregateType;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String wireName, String topic, String aggregateType, Class<? extends EventPayload> payloadClass) {
        this.wireName = wireName;
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.payloadClass = payloadClass;
    }

    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    public String samplePath() {
        return "events/samples/" + wireName + ".json";
    }

    public static EventType of(Class<? extends EventPayload> payloadClass) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass.equals(payloadClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payloadClass.getName()));
    }

    /** Unknown wire names are not an error: consumers ignore event types they do not know. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
