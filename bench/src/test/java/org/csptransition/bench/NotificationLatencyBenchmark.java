package org.csptransition.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.infra.SuiteService;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import static org.awaitility.Awaitility.await;

/**
 * N2 latency from a committed event to the e-mail accepted by the SMTP server, at a steady 100 events/s, in two legs:
 * (1) eligibility-service commit → event acknowledged by Kafka (the outbox relay), measured on partner registrations;
 * (2) event acknowledged by Kafka → e-mail accepted by SMTP (notification-service), measured on credit-check-passed events.
 */
class NotificationLatencyBenchmark {

    static final int RATE_PER_SECOND = 100;
    static final int RECIPIENTS = 200;
    static final int WARM_UP = 300;
    static final int MEASURED = 3_000;

    @Test
    void eventToEmailAt100PerSecond() throws Exception {
        try (BenchSuite suite = BenchSuite.start("notification", SuiteService.ELIGIBILITY, SuiteService.NOTIFICATION);
             KafkaProducer<String, String> producer = producer(suite)) {
            Latencies relay = relayLeg(suite);

            List<UUID> tenants = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                UUID tenant = UUID.randomUUID();
                tenants.add(tenant);
                send(producer, new PartnerRegistered(tenant, "4234567", "Bench " + i, "SE", i % 2 == 0 ? "sv-SE" : "en-US",
                        new PartnerRegistered.Contact("Eva", "Lind", "bench" + i + "@fabrikam.example"), null,
                        List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))), null), null);
            }
            producer.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> count(suite, "SELECT count(*) FROM notification.recipient") >= RECIPIENTS);

            paced(producer, tenants, WARM_UP, new ConcurrentHashMap<>());
            Map<UUID, Long> acked = new ConcurrentHashMap<>();
            paced(producer, tenants, MEASURED, acked);
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    count(suite, "SELECT count(*) FROM notification.notification WHERE status = 'SENT'") >= WARM_UP + MEASURED);
            Latencies mail = mailLeg(suite, acked);

            Machine.report("Committed event → e-mail accepted by SMTP at " + RATE_PER_SECOND + " events/s", String.join("\n",
                    "- leg 1, commit in eligibility-service → acknowledged by Kafka (outbox relay, " + RATE_PER_SECOND + " registrations/s): " + relay,
                    "- leg 2, acknowledged by Kafka → accepted by SMTP (notification-service, " + MEASURED + " e-mails after "
                            + WARM_UP + " warm-up): " + mail,
                    "- both legs, upper bound (sum of the legs' percentiles): p50 ≤ %.1f ms, p99 ≤ %.1f ms; target p50 ≤ 100 ms, p99 ≤ 500 ms"
                            .formatted(relay.p50() + mail.p50(), relay.p99() + mail.p99())));
        }
    }

    /** Registers partners over HTTP at the rate and measures each outbox row from its commit to the broker's acknowledgement. */
    private Latencies relayLeg(BenchSuite suite) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = "Bearer " + suite.infra.jwts().token(UUID.randomUUID(), "ProgramOperator");
        long start = System.nanoTime();
        int count = 1_000;
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * (1_000_000_000L / RATE_PER_SECOND) - System.nanoTime());
            String body = """
                    {"tenantId":"%s","partnerId":"%d","companyName":"Bench AB","country":"SE","preferredLocale":"sv-SE",
                     "primaryContact":{"firstName":"Eva","lastName":"Lind","email":"eva@fabrikam.se"},"mpnMembershipActive":true,
                     "programs":[{"program":"DIRECT_BILL","status":"ACTIVE","since":"2017-03-01"}]}""".formatted(UUID.randomUUID(), 1_000_000 + i);
            http.sendAsync(HttpRequest.newBuilder(URI.create(suite.url(SuiteService.ELIGIBILITY) + "/v1/partners"))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        }
        await().atMost(Duration.ofSeconds(120)).until(() ->
                count(suite, "SELECT count(*) FROM eligibility.outbox_event WHERE sent_at IS NOT NULL") >= count);
        List<Double> millis = new ArrayList<>();
        try (Connection c = suite.database(); PreparedStatement q = c.prepareStatement(
                "SELECT extract(epoch FROM sent_at - occurred_at) * 1000 FROM eligibility.outbox_event ORDER BY position OFFSET 100");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                millis.add(rs.getDouble(1));
            }
        }
        return Latencies.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Latencies mailLeg(BenchSuite suite, Map<UUID, Long> acked) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (Connection c = suite.database(); PreparedStatement q = c.prepareStatement(
                "SELECT event_id, extract(epoch FROM sent_at) * 1000 FROM notification.notification WHERE event_id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("uuid", acked.keySet().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    millis.add(rs.getDouble(2) - acked.get(rs.getObject(1, UUID.class)));
                }
            }
        }
        return Latencies.of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void paced(KafkaProducer<String, String> producer, List<UUID> tenants, int count, Map<UUID, Long> acked) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(start + i * (1_000_000_000L / RATE_PER_SECOND) - System.nanoTime());
            send(producer, new DirectBillCreditCheckPassed(tenants.get(i % tenants.size()), UUID.randomUUID(), Instant.now()), acked);
        }
        producer.flush();
    }

    private static void send(KafkaProducer<String, String> producer, EventPayload payload, Map<UUID, Long> acked) {
        EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/bench", OffsetDateTime.now(), null, payload);
        producer.send(new ProducerRecord<>(Topics.PARTNER_EVENTS, event.subject(), EventJson.write(event)), (metadata, error) -> {
            if (error == null && acked != null) {
                acked.put(event.id(), System.currentTimeMillis());
            }
        });
    }

    private static KafkaProducer<String, String> producer(BenchSuite suite) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private static long count(BenchSuite suite, String sql) throws Exception {
        try (Connection c = suite.database(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
