package org.csptransition.platform.events;

/** The data of an event. Every payload names the aggregate it is about: that id is the event subject and the Kafka key. */
public interface EventPayload {

    String subject();
}
