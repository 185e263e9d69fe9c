package org.csptransition.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.csptransition.infra.MailServer;
import org.csptransition.infra.SuiteService;
import org.csptransition.platform.events.EventJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * N2 and N4 end to end, on one clock, through the real services: a committed transfer event → the provider's webhook
 * read by its receiver, and → the provider's e-mail accepted by the SMTP server. transfer-service and
 * notification-service run as processes on real PostgreSQL, Kafka and the suite's SMTP server (GreenMail, in this JVM,
 * which stamps each message's receipt time when it stores it); the provider's webhook endpoint is a receiver in this JVM
 * on loopback. Transfers are created at a steady {@value #RATE} per second (open loop: each create is sent on its slot,
 * whatever the previous answered); each is timed from its {@code createdTime} (stamped by transfer-service inside the
 * create's transaction) to the receiver's read of its webhook and to the SMTP server's receipt of its e-mail — the same
 * machine's clock at every end. The path is the whole one: outbox row → relay → broker → notification-service's consumer
 * (inbox transaction: the e-mail and the webhook delivery written) → mail sender / webhook sender.
 * <p>
 * The first {@link #WARMUP} creates are sent and discarded. Only items that arrived count in the percentiles; those that
 * did not arrive within the wait are reported as lost, never as latencies. The legs (relay, consumer, sender), read
 * from the services' own rows, are printed to show where the time goes; they are not the target figure.
 */
class EndToEndNotificationBenchmark {

    static final int RATE = Integer.getInteger("bench.e2e.rate", 100);
    static final int WARMUP = Integer.getInteger("bench.e2e.warmup", 500);
    static final int MEASURED = Integer.getInteger("bench.e2e.count", 2_000);
    static final Duration DRAIN = Duration.ofSeconds(60);

    record Created(long sentAtMillis, Instant createdTime) {
    }

    @Test
    void committedTransferToWebhookAndEmail() throws Exception {
        try (BenchSuite suite = BenchSuite.start("e2e", SuiteService.TRANSFER, SuiteService.NOTIFICATION)) {
            TransferBenchmark fixture = new TransferBenchmark();
            fixture.feedReadModels(suite);
            List<UUID[]> subscriptions = fixture.seedSubscriptions(suite);
            await().atMost(Duration.ofSeconds(60)).until(() -> TransferBenchmark.count(suite,
                    "SELECT count(*) FROM notification.recipient WHERE tenant_id IN ('" + fixture.partner + "','" + fixture.provider + "')") == 2);

            Map<String, Long> hookAt = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> hookCopies = new ConcurrentHashMap<>();
            HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            receiver.createContext("/hook", exchange -> {
                long now = System.currentTimeMillis();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String transferId = EventJson.MAPPER.readTree(body).path("data").path("transferId").asText();
                hookAt.putIfAbsent(transferId, now);
                hookCopies.computeIfAbsent(transferId, t -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.setExecutor(Executors.newFixedThreadPool(4));
            receiver.start();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            try {
                String providerAdmin = "Bearer " + suite.infra.jwts().token(fixture.provider, "GlobalAdmin");
                HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(suite.url(SuiteService.NOTIFICATION) + "/v1/webhook-endpoints"))
                        .header("Authorization", providerAdmin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                                + "/hook\",\"eventTypes\":[\"transfer.created.v1\"]}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);

                String agent = "Bearer " + suite.infra.jwts().token(fixture.partner, "AdminAgent");
                Map<String, Created> measured = new ConcurrentHashMap<>();
                AtomicInteger answered = new AtomicInteger();
                List<String> failures = new CopyOnWriteArrayList<>();
                int total = WARMUP + MEASURED;
                ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
                String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
                AtomicInteger slot = new AtomicInteger();
                long start = System.nanoTime();
                pacer.scheduleAtFixedRate(() -> {
                    int s = slot.getAndIncrement();
                    if (s >= total) {
                        return;
                    }
                    UUID[] pair = subscriptions.get(s);
                    long sentAt = System.currentTimeMillis();
                    http.sendAsync(HttpRequest.newBuilder(URI.create(suite.url(SuiteService.TRANSFER) + "/v1/customers/" + pair[0] + "/transfers"))
                                    .timeout(Duration.ofSeconds(30)).header("Authorization", agent).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"targetPartnerTenantId\":\"" + fixture.provider
                                            + "\",\"lineItems\":[{\"subscriptionId\":\"" + pair[1] + "\"}]}")).build(),
                            HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                                try {
                                    if (error != null || response.statusCode() != 201) {
                                        failures.add(error != null ? error.toString() : response.statusCode() + " " + response.body());
                                        return;
                                    }
                                    JsonNode transfer = EventJson.MAPPER.readTree(response.body());
                                    if (s >= WARMUP) {
                                        measured.put(transfer.path("id").asText(),
                                                new Created(sentAt, Instant.parse(transfer.path("createdTime").asText())));
                                    }
                                } catch (IOException e) {
                                    failures.add(e.toString());
                                } finally {
                                    answered.incrementAndGet();
                                }
                            });
                }, 0, 1_000_000L / RATE, TimeUnit.MICROSECONDS);
                await().atMost(Duration.ofSeconds(total / RATE + 60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> answered.get() >= total);
                pacer.shutdownNow();
                double sendSeconds = (System.nanoTime() - start) / 1e9;

                // what is still on its way: wait until every measured transfer's webhook and e-mail arrived, or the drain ends
                long drainStart = System.nanoTime();
                Map<String, Long> mailAt = new HashMap<>();
                try {
                    await().atMost(DRAIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                        mailAt.clear();
                        mailAt.putAll(providerMailReceipts(suite));
                        return measured.keySet().stream().allMatch(t -> hookAt.containsKey(t) && mailAt.containsKey(t));
                    });
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    // reported below as lost
                }
                double drained = (System.nanoTime() - drainStart) / 1e9;
                Map<String, long[]> legs = legs(suite);

                List<Double> toHook = new ArrayList<>();
                List<Double> toMail = new ArrayList<>();
                List<Double> requestToHook = new ArrayList<>();
                int hooksLost = 0;
                int mailsLost = 0;
                for (Map.Entry<String, Created> t : measured.entrySet()) {
                    long committed = t.getValue().createdTime().toEpochMilli();
                    Long hook = hookAt.get(t.getKey());
                    Long mail = mailAt.get(t.getKey());
                    if (hook == null) {
                        hooksLost++;
                    } else {
                        toHook.add((double) (hook - committed));
                        requestToHook.add((double) (hook - t.getValue().sentAtMillis()));
                    }
                    if (mail == null) {
                        mailsLost++;
                    } else {
                        toMail.add((double) (mail - committed));
                    }
                }
                long doubledHooks = hookCopies.values().stream().filter(c -> c.get() > 1).count();
                Machine.report("N2/N4 committed transfer event -> webhook received and -> e-mail accepted by SMTP, end to end", String.format(Locale.ROOT, """
                                load average before: %s; transfer-service and notification-service as processes (ServiceProcess: %s), \
                                SMTP server (GreenMail) and webhook receiver in the benchmark's JVM
                                %d creates at %d/s (open loop), the first %d discarded (warm-up); %d measured, all sent in %.1f s; create failures %d
                                createdTime (in the create's transaction) -> webhook read by the receiver:  %s
                                createdTime (in the create's transaction) -> e-mail received by SMTP server: %s
                                create request sent -> webhook read (the caller's view):                     %s
                                lost (not arrived %d s after the last create, not in the percentiles): webhooks %d, e-mails %d; drained in %.1f s
                                webhooks received more than once (same transfer): %d
                                legs, from the services' rows (where the time goes; not the target figure):
                                  createdTime -> broker acknowledged the event (outbox sent_at):        %s
                                  broker acknowledged -> consumer's inbox transaction (processed_at):   %s
                                  inbox transaction -> e-mail accepted by SMTP (notification sent_at):  %s
                                  inbox transaction -> webhook answered 2xx (delivery delivered_at):   %s
                                targets: webhook p99 <= 250 ms, e-mail p99 <= 500 ms at 100 events/s""",
                        loadBefore, SERVICE_FLAGS, total, RATE, WARMUP, MEASURED, sendSeconds, failures.size(),
                        latencies(toHook), latencies(toMail), latencies(requestToHook), DRAIN.toSeconds(), hooksLost, mailsLost, drained,
                        doubledHooks,
                        leg(legs, measured, l -> l[1] - l[0]), leg(legs, measured, l -> l[2] - l[1]),
                        leg(legs, measured, l -> l[3] - l[2]), leg(legs, measured, l -> l[4] - l[2])));
                assertThat(failures).as("creates that did not answer 201").isEmpty();
                assertThat(doubledHooks).as("N4 never doubled").isZero();
            } finally {
                receiver.stop(0);
            }
        }
    }

    /** The JVM flags ServiceProcess starts every service with. */
    static final String SERVICE_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m";

    /**
     * transfer id → the SMTP server's receipt of the provider's "transfer created" e-mail: the captured message's
     * Message-ID is the notification's id, whose subject is the transfer.
     */
    static Map<String, Long> providerMailReceipts(BenchSuite suite) throws Exception {
        Map<String, String> transferOfMessage = new HashMap<>();
        try (Connection connection = suite.database(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, subject_id FROM notification.notification WHERE template = 'transfer-created'")) {
            while (rs.next()) {
                transferOfMessage.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, Long> receipts = new HashMap<>();
        for (MailServer.CapturedMail mail : suite.infra.mail().messages()) {
            String id = mail.messageId() == null ? "" : mail.messageId().replaceAll("^<|@.*$", "");
            String transfer = transferOfMessage.get(id);
            if (transfer != null) {
                receipts.merge(transfer, mail.receivedAt().toEpochMilli(), Math::min);
            }
        }
        return receipts;
    }

    /**
     * transfer id → [outbox occurred_at, outbox sent_at, inbox processed_at, notification sent_at, webhook delivered_at]
     * in epoch milliseconds (0 where missing), from the two services' rows.
     */
    static Map<String, long[]> legs(BenchSuite suite) throws Exception {
        Map<String, long[]> legs = new HashMap<>();
        try (Connection connection = suite.database(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("""
                     SELECT o.aggregate_id,
                            (extract(epoch FROM o.occurred_at) * 1000)::bigint,
                            coalesce((extract(epoch FROM o.sent_at) * 1000)::bigint, 0),
                            coalesce((extract(epoch FROM i.processed_at) * 1000)::bigint, 0),
                            coalesce((SELECT (extract(epoch FROM min(n.sent_at)) * 1000)::bigint FROM notification.notification n
                                      WHERE n.event_id = o.id AND n.template = 'transfer-created'), 0),
                            coalesce((SELECT (extract(epoch FROM min(d.delivered_at)) * 1000)::bigint FROM notification.webhook_delivery d
                                      WHERE d.event_id = o.id), 0)
                     FROM transfer.outbox_event o LEFT JOIN notification.inbox_event i ON i.event_id = o.id
                     WHERE o.type = 'transfer.created.v1'""")) {
            while (rs.next()) {
                legs.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
            }
        }
        return legs;
    }

    private static String leg(Map<String, long[]> legs, Map<String, Created> measured, ToLongFunction<long[]> span) {
        List<Double> values = new ArrayList<>();
        for (String transfer : measured.keySet()) {
            long[] l = legs.get(transfer);
            if (l != null && java.util.Arrays.stream(l).allMatch(v -> v > 0)) {
                values.add((double) span.applyAsLong(l));
            }
        }
        return latencies(values);
    }

    private static String latencies(List<Double> millis) {
        return millis.isEmpty() ? "n=0" : Latencies.of(millis.stream().mapToDouble(Double::doubleValue).toArray()).toString();
    }
}
