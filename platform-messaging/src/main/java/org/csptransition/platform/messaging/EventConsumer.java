package org.csptransition.platform.messaging;

import org.csptransition.platform.context.CorrelationContext;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's one Kafka consumer (group = application name). For every record: parse the envelope, find the handler
 * of its type (unknown types are ignored), and in one transaction record {@code (consumer, event id)} in the inbox and
 * apply the handler's effect. A failing event costs its own key only: after a short, bounded retry in line it is parked
 * ({@link ParkedEvents}) and the consumer goes on with the partition; later events of the same key are parked behind
 * it so their order holds, other keys do not wait. Parked events are retried with backoff on this thread between polls;
 * one that runs out of attempts is dead (kept for an operator's replay and copied to {@code <topic>.dlq}). A record
 * that is not an event goes to {@code <topic>.dlq} at once. Offsets are committed only after a record is handled or
 * parked. Partitions are handled side by side, each by one worker at a time (ADR 0007).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Instance<EventHandler> handlerBeans;
    private final KafkaClients kafka;
    private final MessagingConfig.Consumer config;
    private final ParkedEvents parked;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String consumerName;
    private final Map<EventType, List<EventHandler>> handlers = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    /** Threads that handle partitions side by side ({@code platform.messaging.consumer.threads}); null: in line. */
    private ExecutorService workers;
    // the side-by-side loop's bookkeeping: used on the polling thread only, except done, written by the workers
    private final Map<TopicPartition, Work> working = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> done = new ConcurrentHashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    private final Map<TopicPartition, Long> heldBack = new HashMap<>();
    private final Map<TopicPartition, Duration> backoffs = new HashMap<>();
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;
    private volatile long nextParkedCheck;

    EventConsumer(Instance<EventHandler> handlerBeans, KafkaClients kafka, MessagingConfig config, ParkedEvents parked,
                  EntityManager entityManager, Clock clock, MeterRegistry meters,
                  @ConfigProperty(name = "quarkus.application.name") String consumerName) {
        this.handlerBeans = handlerBeans;
        this.kafka = kafka;
        this.config = config.consumer();
        this.parked = parked;
        this.entityManager = entityManager;
        this.clock = clock;
        this.meters = meters;
        this.consumerName = consumerName;
    }

    void start(@Observes StartupEvent event) {
        for (EventHandler handler : handlerBeans) {
            for (EventType type : handler.handles()) {
                handlers.computeIfAbsent(type, t -> new java.util.ArrayList<>()).add(handler);
            }
        }
        if (handlers.isEmpty() || !config.enabled()) {
            return;
        }
        List<String> topics = handlers.keySet().stream().map(EventType::topic).distinct().sorted().toList();
        consumer = kafka.consumer(consumerName);
        deadLetters = kafka.producer(consumerName + "-dlq");
        consumer.subscribe(topics, new Rebalance());
        Gauge.builder("events.parked.waiting", this, c -> c.countParked(ParkedEvents.PARKED)).tag("consumer", consumerName)
                .description("events parked after failing, or waiting behind a parked event of their key").register(meters);
        Gauge.builder("events.dead.waiting", this, c -> c.countParked(ParkedEvents.DEAD)).tag("consumer", consumerName)
                .description("parked events that ran out of attempts and wait for an operator's replay").register(meters);
        running = true;
        if (config.threads() > 1) {
            AtomicInteger number = new AtomicInteger();
            workers = Executors.newFixedThreadPool(config.threads(), task -> {
                Thread worker = new Thread(task, "event-consumer-partition-" + number.incrementAndGet());
                worker.setDaemon(true);
                return worker;
            });
        }
        thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Consuming %s as %s", topics, consumerName);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deadLetters.close(Duration.ofSeconds(5));
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void run() {
        try {
            if (workers == null) {
                runInLine();
            } else {
                runSideBySide();
            }
        } catch (WakeupException e) {
            // shutting down
        } finally {
            if (workers != null) {
                awaitWorking(working.keySet());
                commitDone();
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** One thread: each poll's records in order, then their commit. */
    private void runInLine() {
        Duration backoff = config.initialBackoff();
        while (running) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try {
                records.partitions().forEach(partition -> processPartition(records.records(partition), done));
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
                retryDueParked();
                backoff = config.initialBackoff();
            } catch (RuntimeException e) {
                // only infrastructure fails here (the dead-letter topic or the commit): rewind what is not done, try again
                LOG.warnf("Event consumer will retry in %d ms: %s", backoff.toMillis(), e.getMessage());
                rewind(records, done);
                pause(backoff);
                backoff = doubled(backoff, config.maxBackoff());
            }
        }
    }

    /**
     * Partitions side by side: the records a poll returns for a partition go to a worker, and the partition is paused
     * until that worker is done, so it has one worker at a time and keeps its order (a key lives on one partition);
     * meanwhile this thread goes on polling the other partitions. A slow or failing event therefore holds its own
     * partition only. Offsets are committed once their records are handled or parked; a partition whose worker failed
     * (only infrastructure can) is rewound to what it finished and resumed after a backoff. Only this thread uses the
     * Kafka consumer.
     */
    private void runSideBySide() {
        Duration parkedBackoff = config.initialBackoff();
        while (running) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, String>> handed = records.records(partition);
                if (working.containsKey(partition)) {
                    // never two workers on a partition: these come again once its worker is done
                    consumer.seek(partition, handed.get(0).offset());
                    continue;
                }
                consumer.pause(List.of(partition));
                working.put(partition, new Work(handed.get(0).offset(), workers.submit(() -> processPartition(handed, done))));
            }
            finishWork();
            commitDone();
            try {
                retryDueParked();
                parkedBackoff = config.initialBackoff();
            } catch (RuntimeException e) {
                // the database is away: the parked events wait, the partitions go on (their workers back off alone)
                LOG.warnf("Parked events will be retried in %d ms: %s", parkedBackoff.toMillis(), e.getMessage());
                nextParkedCheck = System.currentTimeMillis() + parkedBackoff.toMillis();
                parkedBackoff = doubled(parkedBackoff, config.maxBackoff());
            }
        }
    }

    /** A worker's records of one partition: where they began, and the worker. */
    private record Work(long firstOffset, Future<?> future) {
    }

    /** Resumes the partitions whose worker is done; rewinds and holds back for a while those whose worker failed. */
    private void finishWork() {
        long now = System.currentTimeMillis();
        for (Iterator<Map.Entry<TopicPartition, Work>> it = working.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TopicPartition, Work> entry = it.next();
            TopicPartition partition = entry.getKey();
            Work work = entry.getValue();
            if (!work.future().isDone()) {
                continue;
            }
            it.remove();
            try {
                work.future().get();
                backoffs.remove(partition);
                consumer.resume(List.of(partition));
            } catch (ExecutionException e) {
                Duration backoff = backoffs.merge(partition, config.initialBackoff(), (was, first) -> doubled(was, config.maxBackoff()));
                OffsetAndMetadata finished = done.get(partition);
                long from = finished != null && finished.offset() > work.firstOffset() ? finished.offset() : work.firstOffset();
                LOG.warnf("Event consumer will retry %s from offset %d in %d ms: %s", partition, from, backoff.toMillis(),
                        e.getCause().getMessage());
                consumer.seek(partition, from);
                heldBack.put(partition, now + backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (Iterator<Map.Entry<TopicPartition, Long>> it = heldBack.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TopicPartition, Long> entry = it.next();
            if (entry.getValue() <= now) {
                it.remove();
                consumer.resume(List.of(entry.getKey()));
            }
        }
    }

    /** Commits what the workers finished since the last commit; a failed commit is tried again next round. */
    private void commitDone() {
        Map<TopicPartition, OffsetAndMetadata> due = new HashMap<>(done);
        due.entrySet().removeIf(e -> e.getValue().equals(committed.get(e.getKey())));
        if (due.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(due);
            committed.putAll(due);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debugf("Commit failed, tried again next round (a redelivery is skipped by the inbox): %s", e.getMessage());
        }
    }

    /** Waits for the workers of these partitions (at most 30 s each), so a partition never has two workers at once. */
    private void awaitWorking(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : List.copyOf(partitions)) {
            Work work = working.remove(partition);
            if (work == null) {
                continue;
            }
            try {
                work.future().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.debugf("Worker of %s ended with %s; its records come again to the partition's next owner", partition, e);
            }
        }
    }

    /**
     * Partitions taken away (a rebalance) are finished first and their offsets committed, so their next owner, this
     * replica or another, starts after what was handled and a partition never has two workers.
     */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (workers == null) {
                return;
            }
            awaitWorking(partitions);
            commitDone();
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            if (workers == null) {
                return;
            }
            awaitWorking(partitions);
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // a partition starts unpaused, read from its committed offset
        }

        private void forget(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> {
                done.remove(partition);
                committed.remove(partition);
                heldBack.remove(partition);
                backoffs.remove(partition);
            });
        }
    }

    private void processPartition(List<ConsumerRecord<String, String>> records, Map<TopicPartition, OffsetAndMetadata> done) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(config.batchSize());
        for (ConsumerRecord<String, String> record : records) {
            batch.add(record);
            if (batch.size() >= config.batchSize()) {
                processBatch(batch, done);
            }
        }
        processBatch(batch, done);
    }

    private void rewind(ConsumerRecords<String, String> records, Map<TopicPartition, OffsetAndMetadata> done) {
        if (!done.isEmpty()) {
            try {
                consumer.commitSync(done);
            } catch (RuntimeException e) {
                LOG.debug("commit before rewind failed; the records are processed again and the inbox skips them", e);
            }
        }
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata next = done.get(partition);
            consumer.seek(partition, next != null ? next.offset() : records.records(partition).get(0).offset());
        }
    }

    /**
     * Handles consecutive records in one inbox transaction: every event still recorded once per id, parked behind its
     * key's parked event as {@link #process} would, and each handled in its own persistence context (flushed and cleared
     * between events) and its own correlation id. Malformed records go to the dead-letter topic first (they change
     * nothing). If the transaction fails, nothing of it is kept and the records are handled again one at a time, each
     * with its own in-line retries and parking. Marks the records done and empties {@code batch}.
     */
    void processBatch(List<ConsumerRecord<String, String>> batch, Map<TopicPartition, OffsetAndMetadata> done) {
        if (batch.isEmpty()) {
            return;
        }
        List<Received> events = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            Optional<Received> received = received(record);
            if (received.isPresent()) {
                events.add(received.get());
            }
        }
        if (events.size() == 1) {
            process(events.get(0).record());
        } else if (!events.isEmpty()) {
            try {
                handleOnce(events.get(0).event(), () -> {
                    handleTogether(events);
                    return true;
                });
                events.forEach(e -> meters.counter("events.consumed", "type", e.event().type()).increment());
            } catch (RuntimeException e) {
                LOG.infof("A batch of %d events failed (%s): handled again one at a time", events.size(), e);
                events.forEach(r -> process(r.record()));
            }
        }
        for (ConsumerRecord<String, String> record : batch) {
            done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        batch.clear();
    }

    /** A record this consumer handles, parsed; a malformed one is dead-lettered here, one of no handled type skipped. */
    private Optional<Received> received(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            event = EventJson.read(record.value());
        } catch (EventJson.MalformedEventException e) {
            deadLetter(record.topic(), record.key(), record.value(), record.headers(), "MALFORMED_EVENT: " + e.getMessage(),
                    Map.of("dlq_original_partition", String.valueOf(record.partition()), "dlq_original_offset", String.valueOf(record.offset())));
            return Optional.empty();
        }
        return EventType.fromWireName(event.type()).map(handlers::get)
                .map(h -> new Received(record, event, h, record.key() == null ? "" : record.key()));
    }

    /** The body of a batch's transaction: in record order, each event parked behind its key or recorded and applied. */
    private void handleTogether(List<Received> events) {
        Instant now = clock.instant();
        Set<String> blocked = new HashSet<>(parked.blockedKeys(events.stream().map(Received::key).distinct().toList()));
        CorrelationContext correlation = Arc.container().instance(CorrelationContext.class).get();
        for (Received r : events) {
            if (blocked.contains(r.key())) {
                parked.park(r.event().id(), r.key(), r.event().type(), r.record().topic(), r.record().value(), now,
                        "waiting behind an earlier parked event of key " + r.key(), now);
                continue;
            }
            correlation.use(r.event().correlationid() != null ? r.event().correlationid() : UUID.randomUUID().toString());
            if (recordInInbox(r.event())) {
                r.handlers().forEach(h -> h.handle(r.event()));
            }
            entityManager.flush();
            entityManager.clear();
        }
    }

    private record Received(ConsumerRecord<String, String> record, EventEnvelope event, List<EventHandler> handlers, String key) {
    }

    void process(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            event = EventJson.read(record.value());
        } catch (EventJson.MalformedEventException e) {
            deadLetter(record.topic(), record.key(), record.value(), record.headers(), "MALFORMED_EVENT: " + e.getMessage(),
                    Map.of("dlq_original_partition", String.valueOf(record.partition()), "dlq_original_offset", String.valueOf(record.offset())));
            return;
        }
        Optional<List<EventHandler>> handler = EventType.fromWireName(event.type()).map(handlers::get);
        if (handler.isEmpty()) {
            return;
        }
        String key = record.key() == null ? "" : record.key();
        if (parkedBehind(event, record, key)) {
            return;
        }
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                handleOnce(event, () -> {
                    if (recordInInbox(event)) {
                        handler.get().forEach(h -> h.handle(event));
                    }
                    return true;
                });
                meters.counter("events.consumed", "type", event.type()).increment();
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts() || !running) {
                    LOG.warnf("Event %s (%s, key %s) failed %d times in line: parked, the partition goes on (%s)",
                            event.id(), event.type(), key, attempt, e);
                    Instant now = clock.instant();
                    QuarkusTransaction.requiringNew().run(() -> parked.park(event.id(), key, event.type(), record.topic(),
                            record.value(), now.plus(config.parked().firstBackoff()), e.toString(), now));
                    meters.counter("events.parked", "type", event.type()).increment();
                    return;
                }
                LOG.debugf("Event %s (%s) failed (attempt %d): %s", event.id(), event.type(), attempt, e);
                pause(backoff);
                backoff = doubled(backoff, config.maxBackoff());
            }
        }
    }

    /** Parks the event behind an earlier parked event of its key, if there is one: the key's order holds. */
    private boolean parkedBehind(EventEnvelope event, ConsumerRecord<String, String> record, String key) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!parked.keyBlocked(key)) {
                return false;
            }
            parked.park(event.id(), key, event.type(), record.topic(), record.value(), now,
                    "waiting behind an earlier parked event of key " + key, now);
            return true;
        });
    }

    /**
     * Retries the parked events that came due, the oldest of each key only; a success lets the next of its key follow at
     * once. Bounded in time, so the partitions are polled again soon.
     */
    void retryDueParked() {
        if (System.currentTimeMillis() < nextParkedCheck) {
            return;
        }
        long until = System.currentTimeMillis() + config.parked().pollInterval().toMillis();
        boolean progressed = true;
        while (progressed && running && System.currentTimeMillis() < until) {
            List<ParkedEvents.Head> heads = QuarkusTransaction.requiringNew().call(() -> parked.dueHeads(clock.instant(), 50));
            progressed = false;
            for (ParkedEvents.Head head : heads) {
                progressed |= retry(head);
            }
        }
        nextParkedCheck = System.currentTimeMillis() + config.parked().pollInterval().toMillis();
    }

    /** Whether this service consumes events at all (a service that only publishes has no parked events). */
    public boolean consumes() {
        return !handlers.isEmpty();
    }

    /** Makes the consumer look at its parked events at its next turn (after an operator's replay). */
    public void wakeParked() {
        nextParkedCheck = 0;
    }

    private boolean retry(ParkedEvents.Head head) {
        EventEnvelope event = EventJson.read(head.record());
        List<EventHandler> handler = EventType.fromWireName(event.type()).map(handlers::get).orElse(List.of());
        try {
            boolean done = handleOnce(event, () -> {
                if (!parked.lock(head.position())) {
                    return false;
                }
                if (recordInInbox(event)) {
                    handler.forEach(h -> h.handle(event));
                }
                parked.remove(head.position());
                return true;
            });
            if (done) {
                LOG.infof("Parked event %s (%s) handled at its parked attempt %d", event.id(), event.type(), head.attempts() + 1);
                meters.counter("events.consumed", "type", event.type()).increment();
            }
            return done;
        } catch (RuntimeException e) {
            int attempts = head.attempts() + 1;
            if (attempts >= config.parked().maxAttempts()) {
                LOG.errorf(e, "Parked event %s (%s) failed %d times: dead, its key waits for an operator's replay",
                        event.id(), event.type(), attempts);
                try {
                    deadLetter(head.topic(), head.key(), head.record(), null, e.toString(), Map.of());
                } catch (IllegalStateException unreachable) {
                    // stays parked: dead only once its copy is on the dead-letter topic
                    QuarkusTransaction.requiringNew().run(() -> parked.attemptFailed(head.position(), e.toString(),
                            clock.instant().plus(config.parked().maxBackoff())));
                    return false;
                }
                QuarkusTransaction.requiringNew().run(() -> parked.dead(head.position(), e.toString()));
            } else {
                Duration wait = backoffAfter(attempts);
                LOG.warnf("Parked event %s (%s) failed again (attempt %d), next in %d ms: %s", event.id(), event.type(),
                        attempts, wait.toMillis(), e);
                QuarkusTransaction.requiringNew().run(() -> parked.attemptFailed(head.position(), e.toString(), clock.instant().plus(wait)));
            }
            return false;
        }
    }

    /** The wait after a parked event's {@code attempts}-th failure: the first backoff, doubled each time, capped. */
    Duration backoffAfter(int attempts) {
        Duration wait = config.parked().firstBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.parked().maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.parked().maxBackoff()) > 0 ? config.parked().maxBackoff() : wait;
    }

    /** Every handler of the type applies its effect in the one transaction that records the event in the inbox. */
    private <T> T handleOnce(EventEnvelope event, java.util.concurrent.Callable<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CorrelationContext.class).get().use(event.correlationid());
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            requestContext.terminate();
        }
    }

    private double countParked(String status) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> parked.count(status));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** True the first time this consumer sees the event id; false for a redelivery. */
    private boolean recordInInbox(EventEnvelope event) {
        return entityManager.createNativeQuery("""
                        INSERT INTO inbox_event (consumer, event_id, event_type, processed_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumerName)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate() == 1;
    }

    private void deadLetter(String topic, String key, String value, Headers headers, String error, Map<String, String> more) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterTopicOf(topic), key, value);
        if (headers != null) {
            headers.forEach(dead.headers()::add);
        }
        dead.headers().add(new RecordHeader("dlq_error", bytes(error)));
        dead.headers().add(new RecordHeader("dlq_consumer", bytes(consumerName)));
        dead.headers().add(new RecordHeader("dlq_original_topic", bytes(topic)));
        more.forEach((name, text) -> dead.headers().add(new RecordHeader(name, bytes(text))));
        try {
            // the original's offset is committed (or the parked row marked dead) only once the dead letter is safely stored
            deadLetters.send(dead).get(30, TimeUnit.SECONDS);
            meters.counter("events.dead.lettered", "topic", topic).increment();
        } catch (Exception e) {
            throw new IllegalStateException("Dead-letter topic unreachable; the event will be handled again", e);
        }
    }

    private static Duration doubled(Duration backoff, Duration max) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(max) > 0 ? max : twice;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
