package org.csptransition.platform.events;

/** The Kafka topics of the suite: one per producing service. A dead letter topic is the topic name plus {@link #DLQ_SUFFIX}. */
public final class Topics {

    public static final String PARTNER_EVENTS = "partner.events";
    public static final String RELATIONSHIP_EVENTS = "relationship.events";
    public static final String TRANSFER_EVENTS = "transfer.events";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
