package org.csptransition.platform.messaging;

import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;

import java.util.Set;

/**
 * A service's reaction to the events of other services. {@link #handle} runs inside the transaction that also
 * records the event in the inbox, so its effect happens once however often the event is delivered.
 * Throwing makes the consumer retry (bounded), then sends the event to the dead-letter topic.
 */
public interface EventHandler {

    /** The event types this handler reacts to; their topics are subscribed. Other types are ignored. */
    Set<EventType> handles();

    void handle(EventEnvelope event);
}
