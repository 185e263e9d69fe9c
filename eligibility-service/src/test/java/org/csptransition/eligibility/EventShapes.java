package org.csptransition.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;

import java.util.Set;
import java.util.TreeSet;

/** The shape of an event on the wire: every field path of its JSON ({@code payload.primaryContact.email}), to compare with its golden sample. */
public final class EventShapes {

    private EventShapes() {
    }

    public static Set<String> fieldNames(EventEnvelope event) {
        Set<String> names = new TreeSet<>();
        collect("", EventJson.MAPPER.valueToTree(event), names);
        return names;
    }

    private static void collect(String prefix, JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                names.add(prefix + f);
                collect(prefix + f + ".", node.get(f), names);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix + "[].", node.get(0), names);
        }
    }
}
