package org.csptransition.transfer.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.testing.TopicReader;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What transfer-service published on {@code transfer.events}, read back from the real broker. */
public final class Events implements AutoCloseable {

    private final TopicReader reader;

    public Events(Infrastructure infra) {
        reader = new TopicReader(infra, Topics.TRANSFER_EVENTS);
    }

    /** Waits until the transfer's events include every one of {@code types}; returns all its events, in order. */
    public List<EventEnvelope> awaitAbout(String transferId, EventType... types) {
        List<String> wanted = java.util.Arrays.stream(types).map(EventType::wireName).toList();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                reader.eventsAbout(transferId).stream().map(EventEnvelope::type).toList().containsAll(wanted));
        return reader.eventsAbout(transferId);
    }

    public List<EventEnvelope> about(String transferId) {
        return reader.eventsAbout(transferId);
    }

    public static EventEnvelope only(List<EventEnvelope> events, EventType type) {
        List<EventEnvelope> ofType = events.stream().filter(e -> e.type().equals(type.wireName())).toList();
        assertThat(ofType).as("events of type " + type.wireName()).hasSize(1);
        return ofType.get(0);
    }

    /** The event has exactly the fields of its golden sample (objects compared recursively, arrays by their first element). */
    public static void assertGoldenShape(EventEnvelope event) {
        EventType type = EventType.fromWireName(event.type()).orElseThrow();
        assertThat(fields(event.data(), "")).isEqualTo(fields(EventJson.sample(type).data(), ""));
        assertThat(event.subject()).isEqualTo(event.data().get("transferId").asText());
    }

    private static Set<String> fields(JsonNode node, String prefix) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                names.add(prefix + name);
                names.addAll(fields(node.get(name), prefix + name + "."));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            names.addAll(fields(node.get(0), prefix + "[]."));
        }
        return names;
    }

    @Override
    public void close() {
        reader.close();
    }
}
