package org.csptransition.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.infra.SuiteService;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * transfer-service throughput on the real stack: the built service as its own process (ServiceProcess: C1, serial GC,
 * -Xmx384m) on real PostgreSQL and Kafka, all on this machine. The read models are fed by real events over Kafka (a
 * transitioned partner, a provider, {@value #CUSTOMERS} customers extended to it with the MCA accepted); the partner's
 * subscriptions are seeded in SQL. Then, closed loop (each client thread sends its next request when the previous one
 * answered), at several concurrencies: (a) POST /v1/customers/{c}/transfers, one fresh subscription per request (T3 with
 * every precondition, T4's claim, the outbox), and (b) GET /v1/customers/{c}/transfers/{t} of those transfers. Loopback
 * only; every run is bounded in count and time. Results go to stdout and bench/target/transfer-results.md.
 */
class TransferBenchmark {

    static final int CUSTOMERS = 100;
    static final int[] THREADS = {8, 16, 32};
    static final int WARMUP = Integer.getInteger("bench.transfer.warmup", 4_000);
    static final int REQUESTS = Integer.getInteger("bench.transfer.requests", 10_000);
    static final int SUBSCRIPTIONS = WARMUP + REQUESTS * THREADS.length;
    static final Duration MAX_RUN = Duration.ofSeconds(120);

    final UUID partner = UUID.randomUUID();
    final UUID provider = UUID.randomUUID();
    final List<UUID> customers = new ArrayList<>();

    /**
     * JVM flags for the service instead of ServiceProcess's (C1, serial GC, 384 MB), e.g. {@code -XX:+UseParallelGC -Xmx1g}
     * or a JFR recording: to see what the JVM settings cost and where the time goes. Unset: ServiceProcess, as in production runs.
     */
    static final String JVM_FLAGS = System.getProperty("bench.transfer.jvm-flags", "");

    @Test
    void createAndReadThroughput() throws Exception {
        try (BenchSuite suite = BenchSuite.start("transfer", JVM_FLAGS.isBlank() ? new SuiteService[] {SuiteService.TRANSFER} : new SuiteService[0]);
             AutoCloseable custom = JVM_FLAGS.isBlank() ? () -> { } : startWithFlags(suite)) {
            String base = JVM_FLAGS.isBlank() ? suite.url(SuiteService.TRANSFER) : customUrl;
            long seedStart = System.nanoTime();
            feedReadModels(suite);
            List<UUID[]> subscriptions = seedSubscriptions(suite);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            // HTTP/1.1 with keep-alive, one connection per client thread, as REST clients do (the JDK client's default h2c
            // upgrade would multiplex everything over one connection)
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            String agent = "Bearer " + suite.infra.jwts().token(partner, "AdminAgent");
            String[] created = new String[SUBSCRIPTIONS];
            AtomicInteger nextSubscription = new AtomicInteger();
            IntFunction<HttpRequest> create = i -> {
                int s = nextSubscription.getAndIncrement();
                UUID[] pair = subscriptions.get(s);
                return HttpRequest.newBuilder(URI.create(base + "/v1/customers/" + pair[0] + "/transfers"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", agent).header("Content-Type", "application/json")
                        .header("X-Bench-Slot", String.valueOf(s))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"targetPartnerTenantId\":\"" + provider
                                + "\",\"lineItems\":[{\"subscriptionId\":\"" + pair[1] + "\"}]}")).build();
            };
            Run warm = run(http, create, WARMUP, 16, 201, created);

            StringBuilder creates = new StringBuilder();
            for (int threads : THREADS) {
                creates.append(measure(suite, http, create, threads, 201, created, 1_500, 50));
            }
            List<String[]> readable = new ArrayList<>();
            for (int i = 0; i < created.length; i++) {
                if (created[i] != null) {
                    readable.add(new String[] {subscriptions.get(i)[0].toString(), created[i]});
                }
            }
            IntFunction<HttpRequest> read = i -> {
                String[] t = readable.get(i % readable.size());
                return HttpRequest.newBuilder(URI.create(base + "/v1/customers/" + t[0] + "/transfers/" + t[1]))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", agent).GET().build();
            };
            run(http, read, WARMUP, 16, 200, null);
            StringBuilder reads = new StringBuilder();
            for (int threads : THREADS) {
                reads.append(measure(suite, http, read, threads, 200, null, 5_000, 20));
            }
            long outboxLeft = count(suite, "SELECT count(*) FROM transfer.outbox_event WHERE sent_at IS NULL");
            String ceiling = rawCeiling(suite);

            Machine.report("transfer-service: transfer create and read throughput", String.format(Locale.ROOT, """
                    service JVM: %s; load average before: %s; other processes on the machine share the 2 cores ("other" below)
                    seeded: %d customers extended to the provider (read models via %d events over Kafka), %,d subscriptions (SQL), in %.1f s
                    warm-up: %,d creates (%s)

                    (a) POST /v1/customers/{c}/transfers, one fresh subscription each, target >= 1,500 requests/s at p99 <= 50 ms:
                    %s
                    (b) GET /v1/customers/{c}/transfers/{t}, target >= 5,000 requests/s at p99 <= 20 ms:
                    %s
                    outbox rows still unpublished at the end: %d

                    (c) raw PostgreSQL ceiling for the same transaction shapes, same server, same run (plain JDBC, see RawPostgresCeiling):
                    %s""",
                    JVM_FLAGS.isBlank() ? "ServiceProcess (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m)" : JVM_FLAGS,
                    Files.readString(Path.of("/proc/loadavg")).trim(), CUSTOMERS, 3 + CUSTOMERS * 4, SUBSCRIPTIONS, seedSeconds,
                    WARMUP, warm.latencies, creates.toString().stripTrailing(), reads.toString().stripTrailing(), outboxLeft,
                    ceiling.stripTrailing()));
            assertThat(readable).isNotEmpty();
        }
    }

    String customUrl;

    /** Requests per second the service reached, by target ({@code 1500} creates, {@code 5000} reads) and thread count. */
    final Map<String, Double> serviceRates = new java.util.HashMap<>();

    /** The database alone, for the same shapes and connection counts: the service's throughput as a share of it. */
    String rawCeiling(BenchSuite suite) throws Exception {
        RawPostgresCeiling raw = new RawPostgresCeiling(suite.infra.postgres().adminJdbcUrl());
        raw.prepare();
        try {
            List<UUID> ids = new ArrayList<>();
            raw.creates(16, WARMUP, ids);
            StringBuilder out = new StringBuilder();
            for (int threads : THREADS) {
                out.append(RawPostgresCeiling.line("create transactions", threads, raw.creates(threads, REQUESTS, ids), serviceRates.get("1500-" + threads)));
            }
            raw.reads(16, WARMUP, ids);
            for (int threads : THREADS) {
                out.append(RawPostgresCeiling.line("reads", threads, raw.reads(threads, REQUESTS, ids), serviceRates.get("5000-" + threads)));
            }
            return out.toString();
        } finally {
            raw.drop();
        }
    }

    /** The built service with {@link #JVM_FLAGS} instead of ServiceProcess's, otherwise started the same way. */
    AutoCloseable startWithFlags(BenchSuite suite) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        int port = org.csptransition.infra.Infrastructure.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(JVM_FLAGS.trim().split("\\s+")));
        BenchSuite.config(suite.infra, SuiteService.TRANSFER).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(org.csptransition.infra.ServiceProcess.jarOf(root, SuiteService.TRANSFER).toString());
        Path log = Path.of("target", "bench-transfer", Long.toString(ProcessHandle.current().pid()), "logs", "transfer-service-flags.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        customUrl = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(180)).until(() -> org.csptransition.infra.ServiceProcess.isReady(customUrl));
        return () -> {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        };
    }

    /** One measured run at {@code threads}: its latencies, throughput, verdict and CPU seconds per process group. */
    String measure(BenchSuite suite, HttpClient http, IntFunction<HttpRequest> request, int threads, int status, String[] ids,
                   int targetPerSecond, int targetP99) throws Exception {
        Map<Long, ProcessCpu.Usage> before = ProcessCpu.sample(TransferBenchmark::classify);
        Run run = run(http, request, REQUESTS, threads, status, ids);
        Map<String, Double> cpu = ProcessCpu.between(before, ProcessCpu.sample(TransferBenchmark::classify));
        double perSecond = run.latencies.count() / run.seconds;
        serviceRates.put(targetPerSecond + "-" + threads, perSecond);
        boolean met = perSecond >= targetPerSecond && run.latencies.p99() <= targetP99;
        StringBuilder where = new StringBuilder();
        cpu.entrySet().stream().filter(e -> e.getValue() > 0.05).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> where.append(String.format(Locale.ROOT, "%s %.2f ms, ", e.getKey(), e.getValue() * 1000 / run.latencies.count())));
        return String.format(Locale.ROOT, "    %2d threads: %,.0f requests/s, %s -> %s%n        CPU per request: %s(%.1f s wall, %.0f%% of 2 cores busy)%n",
                threads, perSecond, run.latencies, met ? "MET" : "NOT MET", where.toString(), run.seconds,
                cpu.values().stream().mapToDouble(Double::doubleValue).sum() / run.seconds / 2 * 100);
    }

    record Run(Latencies latencies, double seconds) {
    }

    /** {@code count} requests over {@code threads} closed-loop threads, bounded by {@link #MAX_RUN}. */
    static Run run(HttpClient http, IntFunction<HttpRequest> request, int count, int threads, int status, String[] ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        double[] latencies = new double[count];
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + MAX_RUN.toNanos();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    HttpRequest r = request.apply(i);
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = (System.nanoTime() - sent) / 1e6;
                    if (response.statusCode() != status) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                    }
                    if (ids != null) {
                        ids[Integer.parseInt(r.headers().firstValue("X-Bench-Slot").orElseThrow())] = idOf(response.body());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Run(Latencies.of(Arrays.copyOf(latencies, Math.min(count, done.get()))), seconds);
    }

    static String idOf(String json) {
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }

    /** This run's processes by what they are: their command line, or their parent's (PostgreSQL's backends), names our data dir. */
    static String classify(ProcessHandle process) {
        String marker = "bench-transfer/" + ProcessHandle.current().pid();
        ProcessHandle at = process;
        for (int depth = 0; at != null && depth < 3; depth++) {
            String command = at.info().commandLine().orElse("");
            if (command.contains("transfer-service/target/quarkus-app")) {
                return "transfer-service";
            }
            if (command.contains(marker)) {
                return command.contains("postgres") ? "PostgreSQL" : command.contains("kafka") || command.contains("BrokerMain") ? "Kafka" : "other";
            }
            at = at.parent().orElse(null);
        }
        return "other";
    }

    /** The other services' facts, as they publish them, over the real broker; waits until transfer-service applied all. */
    void feedReadModels(BenchSuite suite) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.infra.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"))) {
            send(producer, new PartnerRegistered(partner, "4234567", "Fabrikam AB", "SE", "sv-SE",
                    new PartnerRegistered.Contact("Eva", "Lind", "eva@fabrikam.example"), null,
                    List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))), null));
            send(producer, new IndirectResellerEnrollmentCompleted(partner, UUID.randomUUID(), Instant.now(), List.of(
                    new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1)),
                    new PartnerRegistered.Program("INDIRECT_RESELLER", "ACTIVE", LocalDate.now()))));
            send(producer, new PartnerRegistered(provider, "7654321", "Northwind Distribution AB", "SE", "sv-SE",
                    new PartnerRegistered.Contact("Lars", "Holm", "lars@northwind.example"), null,
                    List.of(new PartnerRegistered.Program("INDIRECT_PROVIDER", "ACTIVE", LocalDate.of(2015, 1, 1))), null));
            for (int i = 0; i < CUSTOMERS; i++) {
                UUID customer = UUID.randomUUID();
                customers.add(customer);
                String name = "Customer " + i;
                send(producer, new CustomerRegistered(customer, name, "c" + i + ".onmicrosoft.com", "SE", "DIRECT_BILL_CUSTOMER",
                        partner, "Fabrikam AB", partner, "Fabrikam AB", Instant.now()));
                send(producer, new PartnerOfRecordAdded(customer, name, partner, "Fabrikam AB", "DIRECT_BILL_PARTNER", true, Instant.now(), "DIRECT"));
                send(producer, new PartnerOfRecordAdded(customer, name, provider, "Northwind Distribution AB", "INDIRECT_PROVIDER", false,
                        Instant.now(), "EXTENSION"));
                send(producer, new AgreementStatusChanged(customer, name, provider, "Northwind Distribution AB", partner, "Fabrikam AB",
                        null, "ACCEPTED", "PROVIDER_ATTESTATION", Instant.now()));
            }
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                count(suite, "SELECT count(*) FROM transfer.customer_agreement_status WHERE status = 'ACCEPTED'") >= CUSTOMERS
                        && count(suite, "SELECT count(*) FROM transfer.known_partner WHERE indirect_reseller_enrollment_completed_at IS NOT NULL") >= 1
                        && count(suite, "SELECT count(*) FROM transfer.known_partner WHERE indirect_provider_status = 'ACTIVE'") >= 1);
    }

    /** The partner's Office 365 subscriptions, spread over the customers; returns (customer, subscription) pairs in a shuffled order. */
    List<UUID[]> seedSubscriptions(BenchSuite suite) throws Exception {
        try (Connection connection = suite.database(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE bench_customer (n INT, id UUID)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < customers.size(); i++) {
                values.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(customers.get(i)).append("')");
            }
            sql.execute("INSERT INTO bench_customer VALUES " + values);
            sql.execute("""
                    INSERT INTO transfer.subscription (id, customer_tenant_id, owner_partner_tenant_id, offer_id, offer_name, product_type,
                        quantity, billing_cycle, status, origin, created_at, created_by, updated_at, version)
                    SELECT md5('bench-subscription' || s)::uuid, c.id, '%s', '031C9E47-4802-4248-838E-778FB1D2CC05', 'Office 365 E3',
                        'OFFICE365_LICENSE', 1 + s %% 50, 'monthly', 'ACTIVE', 'IMPORT', now(), 'bench', now(), 0
                    FROM generate_series(0, %d) s JOIN bench_customer c ON c.n = s %% %d""".formatted(partner, SUBSCRIPTIONS - 1, CUSTOMERS));
            sql.execute("VACUUM (ANALYZE) transfer.subscription");
            List<UUID[]> pairs = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT customer_tenant_id, id FROM transfer.subscription WHERE owner_partner_tenant_id = '"
                    + partner + "' ORDER BY md5(id::text)")) {
                while (rs.next()) {
                    pairs.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
                }
            }
            return pairs;
        }
    }

    static void send(KafkaProducer<String, String> producer, EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.wrap(UUID.randomUUID(), "/bench", OffsetDateTime.now(ZoneOffset.UTC), null, payload);
        producer.send(new ProducerRecord<>(EventType.of(payload.getClass()).topic(), envelope.subject(), EventJson.write(envelope)));
    }

    static long count(BenchSuite suite, String query) throws Exception {
        try (Connection connection = suite.database(); Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
