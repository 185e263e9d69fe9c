package org.csptransition.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka. A commit that wrote rows wakes it at once; the poll is only the safety net
 * (after a restart, or while the broker was away). A row is marked sent only after the broker acknowledged it; a failed
 * send leaves it for the next round: the wire may see an event twice, consumers' inboxes make that harmless; no event
 * is ever lost.
 * <p>
 * Order per aggregate with any number of replicas: a row is claimable only while no earlier row of its aggregate is
 * unsent, so each round holds at most one row of an aggregate, and the next is claimed only after the broker has the
 * earlier one. Rows are claimed {@code FOR UPDATE SKIP LOCKED}: replicas share the work across aggregates, and a row
 * another replica holds keeps its aggregate's later rows back, since it is still unsent.
 * <p>
 * A row the broker refuses for good (larger than it accepts, for one) is parked with its reason and counted
 * ({@code outbox.parked.rows}, an alert): it never halts the relay; only its aggregate's later rows wait behind it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final KafkaClients kafka;
    private final MessagingConfig.Relay config;
    private final MeterRegistry meters;
    private final String applicationName;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter parkedRows;

    OutboxRelay(AgroalDataSource dataSource, KafkaClients kafka, MessagingConfig config, MeterRegistry meters,
                @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config.relay();
        this.meters = meters;
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        published = Counter.builder("outbox.published").description("events the relay published").register(meters);
        parkedRows = Counter.builder("outbox.parked").description("rows the broker refused for good, parked").register(meters);
        Gauge.builder("outbox.parked.rows", this, r -> r.backlog().parked())
                .description("parked outbox rows, refused by the broker for good: alert, an operator must act").register(meters);
        Gauge.builder("outbox.pending", this, r -> r.backlog().count()).description("outbox rows not yet published").register(meters);
        Gauge.builder("outbox.oldest.pending.seconds", this, r -> r.backlog().oldestAgeSeconds())
                .description("age of the oldest unpublished outbox row").register(meters);
        producer = kafka.producer(applicationName + "-outbox");
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(config.sendTimeout().toMillis() + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wake.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                if (backoff.isZero()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    wake.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                }
                wake.drainPermits();
                int sent;
                do {
                    // an aggregate's next row becomes claimable once this round's is sent: go on while rounds publish
                    sent = publishBatch();
                } while (sent > 0 && running);
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), config.maxBackoff());
                LOG.warnf("Outbox relay could not publish (%s); next attempt in %d ms", e.getMessage(), backoff.toMillis());
            }
        }
    }

    /** Claims, sends and marks one batch in one database transaction. Returns how many rows were published. */
    int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = claim(connection);
                if (rows.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
                    record.headers().add(new RecordHeader("ce_type", row.type().getBytes(StandardCharsets.UTF_8)));
                    record.headers().add(new RecordHeader("ce_id", row.id().toString().getBytes(StandardCharsets.UTF_8)));
                    acks.add(send(record));
                }
                List<UUID> sent = new ArrayList<>();
                List<Row> unsent = new ArrayList<>();
                String failure = null;
                long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    try {
                        acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        sent.add(row.id());
                    } catch (ExecutionException e) {
                        if (refusedForGood(e.getCause())) {
                            park(connection, row, e.getCause().toString());
                        } else {
                            unsent.add(row);
                            failure = String.valueOf(e.getCause());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        unsent.add(row);
                        failure = e.toString();
                    } catch (java.util.concurrent.TimeoutException e) {
                        unsent.add(row);
                        failure = "no acknowledgement within " + config.sendTimeout();
                    }
                }
                markSent(connection, sent);
                if (!unsent.isEmpty()) {
                    markFailed(connection, unsent, failure);
                }
                connection.commit();
                published.increment(sent.size());
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return sent.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A record the client refuses before sending fails its own future, not the round. */
    private Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        try {
            return producer.send(record);
        } catch (org.apache.kafka.common.KafkaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Failures no retry can cure: the row as it is will never be accepted. */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof org.apache.kafka.common.errors.InvalidTopicException
                || failure instanceof org.apache.kafka.common.errors.SerializationException;
    }

    private void park(Connection connection, Row row, String reason) throws SQLException {
        LOG.errorf("Outbox row %s (%s, aggregate %s) refused by the broker for good, parked: %s", row.id(), row.type(),
                row.aggregateId(), reason);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET parked_at = clock_timestamp(), attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            update.setString(1, reason);
            update.setObject(2, row.id());
            update.executeUpdate();
        }
        parkedRows.increment();
    }

    private List<Row> claim(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT o.id, o.aggregate_id, o.type, o.topic, o.payload::text FROM outbox_event o
                WHERE o.sent_at IS NULL AND o.parked_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM outbox_event e
                                  WHERE e.aggregate_id = o.aggregate_id AND e.sent_at IS NULL AND e.position < o.position)
                ORDER BY o.position LIMIT ? FOR UPDATE OF o SKIP LOCKED""")) {
            select.setInt(1, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        }
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, List<Row> rows, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ANY (?)")) {
            update.setString(1, error);
            update.setArray(2, connection.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
            update.executeUpdate();
        }
    }

    /** Rows not yet published: for metrics and tests. */
    public Backlog backlog() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*) FILTER (WHERE parked_at IS NULL),
                            coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)), 0),
                            count(*) FILTER (WHERE parked_at IS NOT NULL)
                     FROM outbox_event WHERE sent_at IS NULL""");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return new Backlog(rs.getLong(1), rs.getDouble(2), rs.getLong(3));
        } catch (SQLException e) {
            return new Backlog(-1, -1, -1);
        }
    }

    /** Unsent rows waiting for the broker, the age of the oldest of them, and the parked rows (refused for good). */
    public record Backlog(long count, double oldestAgeSeconds, long parked) {
    }

    private record Row(UUID id, String aggregateId, String type, String topic, String payload) {
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
