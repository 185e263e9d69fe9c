package org.csptransition.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw PostgreSQL ceiling for a transaction of the same shape as a service request, measured with plain JDBC on the
 * same server in the same run (the pgbench idea, without a pgbench binary): how fast the database alone could go, so a
 * service's throughput can be read as a ratio of it.
 *
 * <ul>
 *   <li>create shape: the reads a transfer create makes (partner, provider, customer, partners of record, MCA status,
 *   subscriptions, holders: 7 primary-key lookups), then 4 inserts (claim, transfer, line, outbox row with a JSON
 *   payload of the event's size), one commit;</li>
 *   <li>read shape: one transfer with its lines and current quantities by id, in one statement, no transaction.</li>
 * </ul>
 */
final class RawPostgresCeiling {

    private static final int FACTS = 1_000;
    private static final String PAYLOAD = "{\"specversion\":\"1.0\",\"type\":\"transfer.created.v1\",\"data\":{\"lines\":[" + "\"x\",".repeat(200) + "\"x\"]}}";

    private final String url;

    RawPostgresCeiling(String adminJdbcUrl) {
        this.url = adminJdbcUrl;
    }

    void prepare() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            s.execute("CREATE SCHEMA bench_raw");
            s.execute("CREATE TABLE bench_raw.fact (id INT PRIMARY KEY, tenant UUID NOT NULL, status VARCHAR(16) NOT NULL, seen TIMESTAMPTZ NOT NULL)");
            s.execute("INSERT INTO bench_raw.fact SELECT g, gen_random_uuid(), 'ACTIVE', now() FROM generate_series(0, " + (FACTS - 1) + ") g");
            s.execute("CREATE TABLE bench_raw.claim (subscription_id UUID PRIMARY KEY, transfer_id UUID NOT NULL)");
            s.execute("CREATE TABLE bench_raw.transfer (id UUID PRIMARY KEY, customer UUID NOT NULL, source UUID NOT NULL, target UUID NOT NULL,"
                    + " status VARCHAR(24) NOT NULL, created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ NOT NULL, version BIGINT NOT NULL)");
            s.execute("CREATE TABLE bench_raw.line (id UUID PRIMARY KEY, transfer_id UUID NOT NULL REFERENCES bench_raw.transfer (id),"
                    + " subscription_id UUID NOT NULL, quantity INT NOT NULL, status VARCHAR(16) NOT NULL)");
            s.execute("CREATE INDEX ON bench_raw.line (transfer_id)");
            s.execute("CREATE TABLE bench_raw.outbox (position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id UUID NOT NULL UNIQUE,"
                    + " aggregate_id VARCHAR(128) NOT NULL, type VARCHAR(128) NOT NULL, topic VARCHAR(128) NOT NULL,"
                    + " occurred_at TIMESTAMPTZ NOT NULL, payload JSONB NOT NULL, sent_at TIMESTAMPTZ)");
        }
    }

    /** Transactions per second of the create shape, with {@code threads} connections, {@code count} in all. */
    double creates(int threads, int count, List<UUID> createdIds) throws Exception {
        return loop(threads, count, (c, i) -> {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("SELECT tenant, status, seen FROM bench_raw.fact WHERE id = ?")) {
                for (int k = 0; k < 7; k++) {
                    read.setInt(1, (i * 7 + k) % FACTS);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                    }
                }
            }
            UUID transfer = UUID.randomUUID();
            try (PreparedStatement claim = c.prepareStatement("INSERT INTO bench_raw.claim VALUES (?, ?)");
                 PreparedStatement head = c.prepareStatement("INSERT INTO bench_raw.transfer VALUES (?, ?, ?, ?, 'Active', now(), now() + interval '30 days', 0)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO bench_raw.line VALUES (?, ?, ?, 25, 'Pending')");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO bench_raw.outbox (id, aggregate_id, type, topic, occurred_at, payload)"
                         + " VALUES (?, ?, 'transfer.created.v1', 'transfer.events', now(), CAST(? AS jsonb))")) {
                UUID subscription = UUID.randomUUID();
                claim.setObject(1, subscription);
                claim.setObject(2, transfer);
                claim.executeUpdate();
                head.setObject(1, transfer);
                head.setObject(2, UUID.randomUUID());
                head.setObject(3, UUID.randomUUID());
                head.setObject(4, UUID.randomUUID());
                head.executeUpdate();
                line.setObject(1, UUID.randomUUID());
                line.setObject(2, transfer);
                line.setObject(3, subscription);
                line.executeUpdate();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, transfer.toString());
                outbox.setString(3, PAYLOAD);
                outbox.executeUpdate();
            }
            c.commit();
            if (createdIds != null) {
                synchronized (createdIds) {
                    createdIds.add(transfer);
                }
            }
        });
    }

    /** Statements per second of the read shape. */
    double reads(int threads, int count, List<UUID> ids) throws Exception {
        return loop(threads, count, (c, i) -> {
            c.setAutoCommit(true);
            try (PreparedStatement read = c.prepareStatement("SELECT t.*, l.* FROM bench_raw.transfer t JOIN bench_raw.line l ON l.transfer_id = t.id"
                    + " WHERE t.id = ?")) {
                read.setObject(1, ids.get(i % ids.size()));
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        });
    }

    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
        }
    }

    static String line(String shape, int threads, double perSecond, double servicePerSecond) {
        return String.format(Locale.ROOT, "    %2d connections: raw %s %,.0f/s; the service reached %,.0f/s = %.0f%% of the raw ceiling%n",
                threads, shape, perSecond, servicePerSecond, 100 * servicePerSecond / perSecond);
    }

    private interface Work {
        void run(Connection connection, int index) throws SQLException;
    }

    private double loop(int threads, int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url)) {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        work.run(c, i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return count / seconds;
    }
}
