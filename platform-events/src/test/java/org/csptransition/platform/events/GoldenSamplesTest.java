package org.csptransition.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Event contracts")
class GoldenSamplesTest {

    @ParameterizedTest(name = "{0} has a golden sample that is a valid envelope of its own type")
    @EnumSource(EventType.class)
    void sampleIsAValidEnvelope(EventType type) {
        EventEnvelope sample = EventJson.sample(type);

        assertThat(sample.specversion()).isEqualTo(EventEnvelope.SPEC_VERSION);
        assertThat(sample.type()).isEqualTo(type.wireName());
        assertThat(sample.datacontenttype()).isEqualTo(EventEnvelope.CONTENT_TYPE);
        EventPayload payload = sample.payload(type.payloadClass());
        assertThat(payload.subject()).isEqualTo(sample.subject());
    }

    @ParameterizedTest(name = "{0}: the typed record reproduces every field of the sample, none more, none less")
    @EnumSource(EventType.class)
    void typedRecordRoundTripsTheSample(EventType type) {
        EventEnvelope sample = EventJson.sample(type);
        EventPayload payload = sample.payload(type.payloadClass());

        JsonNode rewritten = EventJson.MAPPER.valueToTree(payload);

        assertThat(rewritten).isEqualTo(sample.data());
    }

    @ParameterizedTest(name = "{0} is described in docs/events.md")
    @EnumSource(EventType.class)
    void everyTypeIsInTheCatalogue(EventType type) throws java.io.IOException {
        String catalogue = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "events.md"));

        assertThat(catalogue).contains("## `" + type.wireName() + "`");
    }

    @Test
    @DisplayName("wrapping a payload names its type and uses the aggregate id as subject")
    void wrapNamesTypeAndSubject() {
        var payload = EventJson.sample(EventType.PARTNER_REGISTERED).payload(
                org.csptransition.platform.events.partner.PartnerRegistered.class);

        EventEnvelope envelope = EventEnvelope.wrap(UUID.randomUUID(), "/test", OffsetDateTime.now(), "corr", payload);
        EventEnvelope reread = EventJson.read(EventJson.write(envelope));

        assertThat(reread.type()).isEqualTo("partner.registered.v1");
        assertThat(reread.subject()).isEqualTo(payload.tenantId().toString());
        assertThat(reread.payload(payload.getClass())).isEqualTo(payload);
    }

    @Test
    @DisplayName("unknown fields are tolerated, so producers can add fields without breaking consumers")
    void unknownFieldsAreTolerated() {
        String json = EventJson.write(EventJson.sample(EventType.PARTNER_REGISTERED))
                .replace("\"specversion\"", "\"futurefield\":42,\"specversion\"");

        assertThat(EventJson.read(json).type()).isEqualTo("partner.registered.v1");
    }

    @Test
    @DisplayName("text that is not an envelope is refused as malformed")
    void malformedEventIsRefused() {
        assertThatThrownBy(() -> EventJson.read("{not json")).isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"type\":\"x\"}")).isInstanceOf(EventJson.MalformedEventException.class);
    }

    @Test
    @DisplayName("unknown event types are not an error for a consumer")
    void unknownTypeIsEmpty() {
        assertThat(EventType.fromWireName("partner.renamed.v9")).isEmpty();
    }
}
