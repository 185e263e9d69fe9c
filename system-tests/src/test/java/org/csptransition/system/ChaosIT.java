package org.csptransition.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.infra.ServiceProcess;
import org.csptransition.infra.SuiteService;
import org.csptransition.infra.journey.Api;
import org.csptransition.infra.journey.Journey;
import org.csptransition.infra.journey.Narrator;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's chaos test: the four services as processes plus a second replica of every one of them; many customers
 * walk the whole journey (every other journey through the second replicas, so each outbox has two relays and each
 * consumer group two members) while the broker, a service replica and PostgreSQL are killed and restarted. Once the
 * system is quiet, every effect of a 2xx is there once, every e-mail once, every aggregate's events reached their topic
 * in the order they were recorded, every provider's webhook (N4) received with none lost and none doubled by
 * {@code webhook-id}, nothing parked or dead, no outbox row waiting, no transfer stuck.
 * Then one tenant's events are poisoned while another tenant's e-mail still arrives within 5 s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Chaos: faults under load lose nothing, double nothing, and one tenant's poison delays no other")
class ChaosIT {

    private static final int CUSTOMERS = Integer.getInteger("chaos.customers", 20);
    private static final int CLIENTS = Integer.getInteger("chaos.clients", 4);
    /** Progress (2xx answers) between faults, so each one lands while the load runs. */
    private static final int FAULT_EVERY = Integer.getInteger("chaos.fault-every", 120);
    private static final String[] OUTBOX_SCHEMAS = {"eligibility", "relationship", "transfer"};
    private static final String[] INBOX_SCHEMAS = {"relationship", "transfer", "notification"};

    /** The e-mails every journey causes, by subject (as JourneyIT checks them for one journey). */
    private static final List<String> JOURNEY_SUBJECTS = List.of("begränsade", "indirekt återförsäljare är godkänd", "bjuder in",
            "accepted your partnership invitation", "extended its customer", "requests a transfer", "är delvis slutförd",
            "is partially complete", "leverantören har verifierat", "verified and closed");

    private static RunningSuite suite;
    /** The second replica of each service. */
    private static final Map<SuiteService, ServiceProcess> second = new EnumMap<>(SuiteService.class);
    private static ServiceProcess transfer2;
    private static ServiceProcess notification2;

    @BeforeAll
    static void replicas() {
        suite = RunningSuite.shared();
        Map<SuiteService, CompletableFuture<ServiceProcess>> starting = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            starting.put(service, CompletableFuture.supplyAsync(() -> suite.startReplica(service)));
        }
        starting.forEach((service, replica) -> second.put(service, replica.join()));
        transfer2 = second.get(SuiteService.TRANSFER);
        notification2 = second.get(SuiteService.NOTIFICATION);
    }

    @AfterAll
    static void stopReplicas() {
        second.values().forEach(suite::stopReplica);
    }

    @Test
    @Order(1)
    @DisplayName("broker, a replica and PostgreSQL killed under load: every 2xx's effect once, every e-mail once, nothing parked, outbox empty, no transfer stuck")
    void faultsUnderLoad() throws Exception {
        List<List<String>> replicas = java.util.Arrays.stream(SuiteService.values())
                .map(service -> List.of(suite.url(service), second.get(service).baseUrl())).toList();
        Api.Retries retries = new Api.Retries(Duration.ofSeconds(120), replicas);
        Api api = new Api(Narrator.SILENT, retries);
        int mailsBefore = suite.infra.mail().messages().size();

        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            Journey.Urls urls = suite.urls();
            if (i % 2 == 1) {
                urls = new Journey.Urls(second.get(SuiteService.ELIGIBILITY).baseUrl(), second.get(SuiteService.RELATIONSHIP).baseUrl(),
                        transfer2.baseUrl(), second.get(SuiteService.NOTIFICATION).baseUrl());
            }
            journeys.add(new Journey(urls, suite.infra.jwts(), Narrator.SILENT, () -> suite.infra.mail().messages(), api));
        }

        // N4: every journey's provider subscribes its own endpoint (a path of the test's receiver) to the facts it is party to
        WebhookCounter webhooks = WebhookCounter.start();
        for (Journey journey : journeys) {
            webhooks.subscribe(journey.provider(), journey.providerToken());
        }

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Journey.Outcome>> walks = journeys.stream().map(j -> clients.submit(j::run)).toList();
        clients.shutdown();

        Faults faults = new Faults(retries, clients);
        CompletableFuture<Void> injected = CompletableFuture.runAsync(faults::inject);

        List<Journey.Outcome> outcomes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Future<Journey.Outcome> walk : walks) {
            try {
                outcomes.add(walk.get(5, TimeUnit.MINUTES));
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(String.valueOf(e.getCause()));
            }
        }
        injected.get(3, TimeUnit.MINUTES);
        Duration load = Duration.ofNanos(System.nanoTime() - started);
        assertThat(faults.duringLoad).as("every fault was injected while the load still ran").isTrue();

        // quiet: nothing waits in any outbox or parking, no e-mail is due, and the mailbox stops growing
        AtomicReference<Integer> lastCount = new AtomicReference<>(-1);
        await().pollInterval(Duration.ofMillis(500)).during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(120)).until(() -> {
            int now = suite.infra.mail().messages().size();
            boolean stable = now == lastCount.getAndSet(now);
            return stable && unsentOutboxRows() == 0 && parkedRows() == 0 && dueNotifications(journeys) == 0
                    && pendingWebhooks(journeys) == 0;
        });

        List<UUID> tenants = new ArrayList<>();
        for (Journey.Outcome o : outcomes) {
            tenants.add(o.partner());
            tenants.add(o.provider());
        }
        Reconciliation r = reconcile(outcomes, tenants);
        List<CapturedMail> mails = suite.infra.mail().messages();
        List<String> aggregates = new ArrayList<>();
        for (Journey.Outcome o : outcomes) {
            java.util.stream.Stream.of(o.partner(), o.provider(), o.customer(), o.transfer()).map(UUID::toString).forEach(aggregates::add);
        }
        EventOrder order = EventOrder.of(aggregates);
        WebhookCounter.Count hooks = webhooks.count(journeys);
        webhooks.close();

        System.out.printf("""
                        CHAOS figures: %d customers from %d client threads over two replicas of each of the four services, load %d s
                          journeys finished %d, failed %d %s
                          requests sent %d, 2xx %d, retried %d (503: %d, 409 key in progress: %d, connection failures: %d), other 5xx %d
                          faults injected %d: %s
                          broker restart -> empty outbox: %d ms
                          e-mails expected %d, delivered %d, doubled %d (same Message-ID), lost %d; mailbox grew by %d
                          events recorded %d for %d aggregates, on the wire %d copies, aggregates out of order %d
                          webhooks expected %d, delivered %d, doubled %d (same webhook-id), lost %d, to another tenant %d, bad signature %d
                        """, CUSTOMERS, CLIENTS, load.toSeconds(), outcomes.size(), failures.size(), failures, retries.sent(), retries.succeeded(), retries.retried(),
                retries.unavailable(), retries.inProgress(), retries.connectionFailures(), retries.serverErrors(), faults.log.size(), faults.log,
                faults.brokerRestartToEmptyOutbox.toMillis(), r.expected, r.delivered, r.doubled, r.lost, mails.size() - mailsBefore,
                order.recorded, order.aggregates, order.copiesOnWire, order.outOfOrder.size(),
                hooks.expected, hooks.delivered, hooks.doubled, hooks.lost.size(), hooks.misdirected, hooks.badSignature);

        assertThat(failures).as("journeys that could not finish").isEmpty();
        assertThat(retries.serverErrors()).as("answers 500 or above other than 503").isZero();
        assertThat(faults.log).hasSize(5);
        assertThat(r.effects).as("effects of 2xx answers or expected e-mails not there exactly once").isEmpty();
        assertThat(r.lost).as("e-mails recorded as sent that never arrived").isZero();
        // a copy is allowed only for the message in flight when its process died or lost the database (same Message-ID)
        assertThat(r.doubled).as("e-mails that arrived twice").isLessThanOrEqualTo(3);
        assertThat(r.notSent).as("notifications neither sent nor cancelled").isEmpty();
        assertThat(order.outOfOrder).as("aggregates whose events reached their topic in another order than recorded").isEmpty();
        assertThat(order.missing).as("recorded events that never reached their topic").isEmpty();
        assertThat(hooks.expected).as("webhooks the run's providers are party to").isGreaterThanOrEqualTo(CUSTOMERS * 5);
        assertThat(hooks.lost).as("provider events of the run no webhook was received for").isEmpty();
        assertThat(hooks.misdirected).as("webhooks received by an endpoint whose tenant is not the provider named").isZero();
        assertThat(hooks.badSignature).as("webhooks whose signature does not verify with the endpoint's secret").isZero();
        // as for e-mails, a copy is allowed only for the webhook in flight when its sender died or lost the database
        assertThat(hooks.doubled).as("webhooks received twice (same webhook-id)").isLessThanOrEqualTo(3);
        assertThat(parkedRows()).as("parked or dead events").isZero();
        assertThat(unsentOutboxRows()).as("outbox rows waiting").isZero();
    }

    @Test
    @Order(2)
    @DisplayName("one tenant's events fail on both notification replicas: another tenant's e-mail still arrives within 5 s; the poisoned ones follow once the tenant is known, each once")
    void poisonedTenant() {
        UUID source = register(UUID.randomUUID(), "eva-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@fabrikam.example");
        String healthyEmail = "healthy-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@northwind.example";
        UUID healthy = register(UUID.randomUUID(), healthyEmail);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM notification.recipient WHERE tenant_id = ANY (?)",
                List.of(source, healthy)) == 2);

        // the poisoned tenant is not known to notification-service: each of its events fails and is parked
        UUID poisoned = UUID.randomUUID();
        List<UUID> poisonedTransfers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID transfer = UUID.randomUUID();
            poisonedTransfers.add(transfer);
            publish(created(transfer, source, poisoned));
        }
        UUID healthyTransfer = UUID.randomUUID();
        long published = System.nanoTime();
        publish(created(healthyTransfer, source, healthy));

        await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(5))
                .until(() -> suite.infra.mail().messagesTo(healthyEmail).stream().anyMatch(m -> m.body().contains(healthyTransfer.toString())));
        Duration healthyLatency = Duration.ofNanos(System.nanoTime() - published);
        String keys = poisonedTransfers.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
        await().atMost(Duration.ofSeconds(15)).until(() -> queryLong("SELECT count(*) FROM notification.parked_event WHERE event_key IN (" + keys + ")") == 4);

        String poisonedEmail = "late-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@provider.example";
        register(poisoned, poisonedEmail);
        await().atMost(Duration.ofSeconds(120)).until(() -> suite.infra.mail().messagesTo(poisonedEmail).size() >= 4);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> parkedRows() == 0
                && suite.infra.mail().messagesTo(poisonedEmail).size() == 4);
        System.out.printf("CHAOS poisoned tenant: healthy tenant's e-mail after %d ms; 4 poisoned events parked, then delivered once each%n",
                healthyLatency.toMillis());

        assertThat(healthyLatency).isLessThan(Duration.ofSeconds(5));
        assertThat(suite.infra.mail().messagesTo(healthyEmail)).hasSize(1);
        assertThat(suite.infra.mail().messagesTo(poisonedEmail)).extracting(CapturedMail::body)
                .allSatisfy(body -> assertThat(poisonedTransfers.stream().anyMatch(t -> body.contains(t.toString()))).isTrue());
    }

    /** The faults, each once a further share of the load has been answered, so they land while it runs. */
    private static final class Faults {
        private final Api.Retries retries;
        private final ExecutorService clients;
        final List<String> log = new ArrayList<>();
        Duration brokerRestartToEmptyOutbox = Duration.ZERO;
        boolean duringLoad = true;

        Faults(Api.Retries retries, ExecutorService clients) {
            this.retries = retries;
            this.clients = clients;
        }

        /** How many requests or events must meet an outage before it ends. */
        private static final int FELT = 20;

        void inject() {
            try {
                afterProgress();
                suite.infra.kafka().kill();
                fault("broker killed");
                // the outage lasts until the services have felt it: events written meanwhile wait in their outboxes —
                // FELT of them, or fewer once no more come for 5 s (every client then waits for a fact the broker holds)
                long[] waiting = {-1, System.nanoTime()};
                outageUntil(() -> {
                    long now = unsentOutboxRowsUpTo(Long.MAX_VALUE);
                    if (now != waiting[0]) {
                        waiting[0] = now;
                        waiting[1] = System.nanoTime();
                    }
                    return now >= FELT || now > 0 && System.nanoTime() - waiting[1] > Duration.ofSeconds(5).toNanos();
                });
                suite.infra.kafka().start();
                Instant restarted = Instant.now();
                long lastPosition = maxOutboxPosition();
                fault("broker restarted");
                await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofSeconds(90)).until(() -> unsentOutboxRowsUpTo(lastPosition) == 0);
                brokerRestartToEmptyOutbox = Duration.between(restarted, Instant.now());

                afterProgress();
                notification2.kill();
                fault("notification replica 2 SIGKILL");
                notification2.restart();
                transfer2.kill();
                fault("transfer replica 2 SIGKILL");
                transfer2.restart();
                CompletableFuture.allOf(CompletableFuture.runAsync(() -> notification2.awaitReady(Duration.ofSeconds(180))),
                        CompletableFuture.runAsync(() -> transfer2.awaitReady(Duration.ofSeconds(180)))).join();

                afterProgress();
                suite.infra.postgres().kill();
                fault("PostgreSQL killed");
                long unavailableBefore = retries.unavailable();
                // the outage lasts until the clients have felt it: requests answered 503 and retried
                outageUntil(() -> retries.unavailable() >= unavailableBefore + FELT);
                suite.infra.postgres().restart();
            } finally {
                if (!suite.infra.kafka().isRunning()) {
                    suite.infra.kafka().start();
                }
                if (!suite.infra.postgres().isRunning()) {
                    suite.infra.postgres().restart();
                }
            }
        }

        private void fault(String what) {
            log.add(what);
            duringLoad &= !clients.isTerminated();
        }

        private void afterProgress() {
            long target = retries.succeeded() + FAULT_EVERY;
            await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofMinutes(3))
                    .until(() -> retries.succeeded() >= target || clients.isTerminated());
        }

        /** An outage lasts until the load has met it (or the load is over), so that every run proves the same fault. */
        private void outageUntil(Callable<Boolean> felt) {
            await().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofMinutes(2))
                    .until(() -> felt.call() || clients.isTerminated());
        }
    }

    /**
     * Order per aggregate across both relays of every outbox: each aggregate's events as recorded (outbox position) against
     * the order their first copies reached the topic (a copy re-sent after a lost acknowledgement comes later and is
     * dropped by the consumers' inbox, so the first copy is the one consumers apply).
     */
    private static final class EventOrder {
        int recorded;
        int aggregates;
        int copiesOnWire;
        final List<String> outOfOrder = new ArrayList<>();
        final List<String> missing = new ArrayList<>();

        static EventOrder of(List<String> aggregateIds) throws SQLException {
            EventOrder order = new EventOrder();
            Map<String, List<String>> recorded = new LinkedHashMap<>();
            for (String schema : OUTBOX_SCHEMAS) {
                try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement("SELECT topic, aggregate_id, id FROM "
                        + schema + ".outbox_event WHERE aggregate_id = ANY (?) ORDER BY position")) {
                    query.setArray(1, c.createArrayOf("varchar", aggregateIds.toArray()));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            recorded.computeIfAbsent(rs.getString(1) + " " + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                            order.recorded++;
                        }
                    }
                }
            }
            order.aggregates = recorded.size();
            Map<String, List<String>> onWire = new LinkedHashMap<>();
            java.util.Set<String> topics = recorded.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).collect(Collectors.toSet());
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafka().bootstrapServers(),
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
                List<TopicPartition> partitions = topics.stream()
                        .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition()))).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        String key = record.topic() + " " + record.key();
                        if (recorded.containsKey(key)) {
                            order.copiesOnWire++;
                            List<String> ids = onWire.computeIfAbsent(key, k -> new ArrayList<>());
                            String id = EventJson.MAPPER.readTree(record.value()).path("id").asText();
                            if (!ids.contains(id)) {
                                ids.add(id);
                            }
                        }
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A record on the wire is not JSON", e);
            }
            recorded.forEach((key, ids) -> {
                List<String> seen = onWire.getOrDefault(key, List.of());
                if (!seen.containsAll(ids)) {
                    order.missing.add(key + ": " + ids.stream().filter(id -> !seen.contains(id)).toList());
                } else if (!seen.stream().filter(ids::contains).toList().equals(ids)) {
                    order.outOfOrder.add(key + ": recorded " + ids + ", on the wire " + seen);
                }
            });
            return order;
        }
    }

    private static long pendingWebhooks(List<Journey> journeys) throws SQLException {
        List<UUID> tenants = journeys.stream().map(Journey::provider).toList();
        return count("SELECT count(*) FROM notification.webhook_delivery d JOIN notification.webhook_endpoint e ON e.id = d.endpoint_id "
                + "WHERE d.status = 'PENDING' AND e.tenant_id = ANY (?)", tenants);
    }

    /**
     * N4 a distributor's receiver for the chaos test: one HTTP server on loopback, one path per provider tenant, that
     * answers 200 and keeps what it got. {@link #count} compares it with the events the providers are party to, read from
     * the outboxes (not from notification-service's own delivery records): lost, doubled by {@code webhook-id}, sent to
     * another tenant's endpoint, or signed with another secret.
     */
    private static final class WebhookCounter implements AutoCloseable {
        /** The offered event types, by the field that names the provider in their payload. */
        private static final Map<String, List<String>> PROVIDER_FIELD = Map.of(
                "targetPartnerTenantId", List.of("transfer.created.v1", "transfer.accepted.v1", "transfer.rejected.v1",
                        "transfer.withdrawn.v1", "transfer.expired.v1", "transfer.completed.v1", "transfer.partially-completed.v1",
                        "transfer.failed.v1", "transfer.provider-verified.v1", "transfer.partner-verified.v1"),
                "providerTenantId", List.of("partnership.invited.v1", "partnership.accepted.v1", "customer.invitation.accepted.v1",
                        "customer.relationship.extended.v1", "customer.agreement.status.changed.v1"));

        record Received(String tenant, String webhookId, String timestamp, String signature, String body) {
        }

        static final class Count {
            int expected;
            int delivered;
            int doubled;
            int misdirected;
            int badSignature;
            final List<String> lost = new ArrayList<>();
        }

        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, String> secrets = new ConcurrentHashMap<>();

        private WebhookCounter(HttpServer server) {
            this.server = server;
        }

        static WebhookCounter start() throws java.io.IOException {
            var server = HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            WebhookCounter counter = new WebhookCounter(server);
            server.createContext("/hooks/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                counter.received.add(new Received(exchange.getRequestURI().getPath().substring("/hooks/".length()),
                        headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return counter;
        }

        void subscribe(UUID provider, String providerToken) {
            List<String> types = PROVIDER_FIELD.values().stream().flatMap(List::stream).toList();
            String secret = given().baseUri(suite.url(SuiteService.NOTIFICATION)).header("Authorization", "Bearer " + providerToken)
                    .header("Idempotency-Key", "chaos-hook-" + provider).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + provider, "eventTypes", types))
                    .when().post("/v1/webhook-endpoints").then().statusCode(201).extract().path("secret");
            secrets.put(provider.toString(), secret);
        }

        Count count(List<Journey> journeys) throws SQLException {
            Count count = new Count();
            List<String> providers = journeys.stream().map(j -> j.provider().toString()).toList();
            java.util.Set<String> expected = new java.util.LinkedHashSet<>();
            for (String schema : List.of("relationship", "transfer")) {
                for (Map.Entry<String, List<String>> field : PROVIDER_FIELD.entrySet()) {
                    try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement("SELECT id FROM " + schema
                            + ".outbox_event WHERE type = ANY (?) AND payload -> 'data' ->> '" + field.getKey() + "' = ANY (?)")) {
                        query.setArray(1, c.createArrayOf("varchar", field.getValue().toArray()));
                        query.setArray(2, c.createArrayOf("varchar", providers.toArray()));
                        try (ResultSet rs = query.executeQuery()) {
                            while (rs.next()) {
                                expected.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
            count.expected = expected.size();
            Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
            count.delivered = copies.size();
            count.doubled = (int) copies.values().stream().mapToLong(n -> n - 1).sum();
            java.util.Set<String> eventsReceived = new java.util.HashSet<>();
            for (Received r : received) {
                JsonNode data;
                try {
                    data = EventJson.MAPPER.readTree(r.body()).path("data");
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A webhook body is not JSON: " + r.body(), e);
                }
                eventsReceived.add(data.path("eventId").asText());
                if (!r.tenant().equals(data.path("providerTenantId").asText())) {
                    count.misdirected++;
                }
                if (!verifies(secrets.get(r.tenant()), r)) {
                    count.badSignature++;
                }
            }
            expected.stream().filter(id -> !eventsReceived.contains(id)).forEach(count.lost::add);
            return count;
        }

        /** The Standard Webhooks check, written here from the specification: HMAC-SHA256 of id.timestamp.body. */
        private static boolean verifies(String secret, Received r) {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                byte[] expected = mac.doFinal((r.webhookId() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
                return java.util.Arrays.stream(r.signature().split(" ")).map(entry -> entry.split(",", 2))
                        .anyMatch(v -> v.length == 2 && v[0].equals("v1")
                                && java.security.MessageDigest.isEqual(expected, Base64.getDecoder().decode(v[1])));
            } catch (java.security.GeneralSecurityException | RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** What the quiet system holds: e-mails per notification, and the effects or e-mails not there exactly once. */
    private record Reconciliation(int expected, int delivered, int doubled, int lost, List<String> notSent, List<String> effects) {
    }

    private static void expectOnce(List<String> effects, String what, long expected, long found) {
        if (found != expected) {
            effects.add(what + ": " + found + " instead of " + expected);
        }
    }

    private static Reconciliation reconcile(List<Journey.Outcome> outcomes, List<UUID> tenants) throws SQLException {
        List<String> effects = new ArrayList<>();
        for (Journey.Outcome o : outcomes) {
            expectOnce(effects, "partner and provider of " + o.customer(), 2,
                    count("SELECT count(*) FROM eligibility.partner WHERE tenant_id = ANY (?)", List.of(o.partner(), o.provider())));
            expectOnce(effects, "customer " + o.customer(), 1,
                    count("SELECT count(*) FROM relationship.customer WHERE tenant_id = ANY (?)", List.of(o.customer())));
            expectOnce(effects, "relationship extension of " + o.customer(), 1,
                    count("SELECT count(*) FROM relationship.relationship_extension WHERE customer_tenant_id = ANY (?)", List.of(o.customer())));
            expectOnce(effects, "imported subscriptions of " + o.customer(), 4,
                    count("SELECT count(*) FROM transfer.subscription WHERE customer_tenant_id = ANY (?) AND owner_partner_tenant_id = '"
                            + o.partner() + "'", List.of(o.customer())));
            expectOnce(effects, "transfer of " + o.customer(), 1,
                    count("SELECT count(*) FROM transfer.transfer WHERE customer_tenant_id = ANY (?)", List.of(o.customer())));
            expectOnce(effects, "closed transfer of " + o.customer(), 1,
                    count("SELECT count(*) FROM transfer.transfer WHERE stage = 'CLOSED' AND customer_tenant_id = ANY (?)", List.of(o.customer())));
        }
        Map<String, Long> copies = suite.infra.mail().messages().stream().filter(m -> m.messageId() != null)
                .collect(Collectors.groupingBy(CapturedMail::messageId, Collectors.counting()));
        int expected = 0;
        int delivered = 0;
        int doubled = 0;
        int lost = 0;
        List<String> notSent = new ArrayList<>();
        Map<UUID, List<String>> subjects = new LinkedHashMap<>();
        try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement(
                "SELECT id, status, recipient_tenant_id, template, subject, next_attempt_at FROM notification.notification WHERE recipient_tenant_id = ANY (?)")) {
            query.setArray(1, c.createArrayOf("uuid", tenants.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String status = rs.getString(2);
                    // cancelled reminders (their transfer was decided) and the incentives invitation, scheduled a day after the enrollment (ScheduleConfig)
                    if ("CANCELLED".equals(status) || "PENDING".equals(status) && "incentives-invitation".equals(rs.getString(4))
                            && rs.getTimestamp(6).toInstant().isAfter(Instant.now().plus(Duration.ofHours(12)))) {
                        continue;
                    }
                    if (!"SENT".equals(status)) {
                        notSent.add(id + " " + status + " " + rs.getString(4));
                        continue;
                    }
                    expected++;
                    subjects.computeIfAbsent(UUID.fromString(rs.getString(3)), t -> new ArrayList<>()).add(rs.getString(5));
                    String messageId = copies.keySet().stream().filter(k -> k.startsWith("<" + id + "@")).findFirst().orElse(null);
                    long n = messageId == null ? 0 : copies.get(messageId);
                    if (n == 0) {
                        lost++;
                    } else {
                        delivered++;
                        doubled += (int) (n - 1);
                    }
                }
            }
        }
        // every journey's partner and provider were told each step they must act on (the subjects JourneyIT checks)
        for (Journey.Outcome o : outcomes) {
            List<String> told = new ArrayList<>(subjects.getOrDefault(o.partner(), List.of()));
            told.addAll(subjects.getOrDefault(o.provider(), List.of()));
            for (String fragment : JOURNEY_SUBJECTS) {
                if (told.stream().noneMatch(subject -> subject.contains(fragment))) {
                    effects.add("no e-mail '" + fragment + "' for the journey of " + o.customer() + " (sent: " + told + ")");
                }
            }
        }
        return new Reconciliation(expected, delivered, doubled, lost, notSent, effects);
    }

    private static long unsentOutboxRows() {
        long rows = 0;
        for (String schema : OUTBOX_SCHEMAS) {
            rows += queryLong("SELECT count(*) FROM " + schema + ".outbox_event WHERE sent_at IS NULL");
        }
        return rows;
    }

    private static long maxOutboxPosition() {
        long max = 0;
        for (String schema : OUTBOX_SCHEMAS) {
            max = Math.max(max, queryLong("SELECT coalesce(max(position), 0) FROM " + schema + ".outbox_event"));
        }
        return max;
    }

    /** Unsent rows at or below a position, per schema (positions are per schema; the bound is the largest of all). */
    private static long unsentOutboxRowsUpTo(long position) {
        long rows = 0;
        for (String schema : OUTBOX_SCHEMAS) {
            rows += queryLong("SELECT count(*) FROM " + schema + ".outbox_event WHERE sent_at IS NULL AND position <= " + position);
        }
        return rows;
    }

    private static long parkedRows() {
        long rows = 0;
        for (String schema : INBOX_SCHEMAS) {
            rows += queryLong("SELECT count(*) FROM " + schema + ".parked_event");
        }
        for (String schema : OUTBOX_SCHEMAS) {
            rows += queryLong("SELECT count(*) FROM " + schema + ".outbox_event WHERE sent_at IS NULL AND parked_at IS NOT NULL");
        }
        return rows;
    }

    /**
     * E-mails still to go: due now, retried soon, or leased by a sender (claimed, its outcome not yet recorded — after the
     * database died mid-send the lease must end before the e-mail goes again and is recorded). Only what is scheduled
     * far ahead (the incentives invitation, a day after the enrollment) does not count.
     */
    private static long dueNotifications(List<Journey> journeys) throws SQLException {
        List<UUID> tenants = journeys.stream().flatMap(j -> java.util.stream.Stream.of(j.partner(), j.provider())).toList();
        return count("SELECT count(*) FROM notification.notification WHERE status = 'PENDING' "
                + "AND next_attempt_at <= now() + interval '1 minute' AND recipient_tenant_id = ANY (?)", tenants);
    }

    private static long queryLong(String sql) {
        try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long count(String sql, List<UUID> ids) throws SQLException {
        try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static UUID register(UUID tenant, String email) {
        String partnerId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        given().baseUri(suite.url(SuiteService.ELIGIBILITY)).header("Authorization", suite.operatorToken())
                .contentType(ContentType.JSON).body("""
                        { "tenantId": "%s", "partnerId": "%s", "companyName": "Tenant %s", "country": "SE",
                          "preferredLocale": "en-US",
                          "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "%s" },
                          "mpnMembershipActive": true,
                          "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" },
                                        { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2015-01-01" } ] }
                        """.formatted(tenant, partnerId, partnerId, email))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }

    private static TransferCreated created(UUID transfer, UUID source, UUID target) {
        return new TransferCreated(transfer, UUID.randomUUID(), "Contoso", source, "Fabrikam AB", target, "Northwind", "4234567",
                Instant.now(), "eva@fabrikam.example", Instant.parse("2031-01-15T12:00:00Z"),
                List.of(new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Pending", null, null, null)));
    }

    /** Publishes an event as transfer-service would: the poison comes from outside the product's own checks. */
    private static void publish(TransferCreated payload) {
        EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/chaos-test", OffsetDateTime.now(), UUID.randomUUID().toString(), payload);
        String topic = EventType.fromWireName(event.type()).map(EventType::topic).orElseThrow();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"))) {
            producer.send(new ProducerRecord<>(topic, event.subject(), EventJson.write(event))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
