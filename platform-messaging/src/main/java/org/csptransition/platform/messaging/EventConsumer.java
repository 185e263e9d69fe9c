package org.csptransition.platform.messaging;

import org.csptransition.platform.context.CorrelationContext;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
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
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The service's one Kafka consumer (group = application name). For every record: parse the envelope, find the handler
 * of its type (unknown types are ignored), and in one transaction record {@code (consumer, event id)} in the inbox and
 * apply the handler's effect. A failing event is retried with backoff a bounded number of times, then published to
 * {@code <topic>.dlq} with the error; a record that is not an event goes there at once. Offsets are committed only after.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Instance<EventHandler> handlerBeans;
    private final KafkaClients kafka;
    private final MessagingConfig.Consumer config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String consumerName;
    private final Map<EventType, List<EventHandler>> handlers = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetters;

    EventConsumer(Instance<EventHandler> handlerBeans, KafkaClients kafka, MessagingConfig config, EntityManager entityManager,
                  Clock clock, MeterRegistry meters, @ConfigProperty(name = "quarkus.application.name") String consumerName) {
        this.handlerBeans = handlerBeans;
        this.kafka = kafka;
        this.config = config.consumer();
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
        consumer.subscribe(topics);
        running = true;
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
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                try {
                    for (ConsumerRecord<String, String> record : records) {
                        process(record);
                        done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                    }
                    if (!done.isEmpty()) {
                        consumer.commitSync(done);
                    }
                    backoff = config.initialBackoff();
                } catch (RuntimeException e) {
                    // only infrastructure fails here (the dead-letter topic or the commit): rewind what is not done, try again
                    LOG.warnf("Event consumer will retry in %d ms: %s", backoff.toMillis(), e.getMessage());
                    rewind(records, done);
                    pause(backoff);
                    backoff = doubled(backoff);
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
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

    void process(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        try {
            event = EventJson.read(record.value());
        } catch (EventJson.MalformedEventException e) {
            deadLetter(record, "MALFORMED_EVENT: " + e.getMessage());
            return;
        }
        Optional<List<EventHandler>> handler = EventType.fromWireName(event.type()).map(handlers::get);
        if (handler.isEmpty()) {
            return;
        }
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                handleOnce(event, handler.get());
                meters.counter("events.consumed", "type", event.type()).increment();
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts() || !running) {
                    LOG.errorf(e, "Event %s (%s) failed %d times: dead-lettered", event.id(), event.type(), attempt);
                    deadLetter(record, e.toString());
                    return;
                }
                LOG.warnf("Event %s (%s) failed (attempt %d): %s", event.id(), event.type(), attempt, e);
                pause(backoff);
                backoff = doubled(backoff);
            }
        }
    }

    /** Every handler of the type applies its effect in the one transaction that records the event in the inbox. */
    private void handleOnce(EventEnvelope event, List<EventHandler> handlers) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CorrelationContext.class).get().use(event.correlationid());
            QuarkusTransaction.requiringNew().run(() -> {
                if (recordInInbox(event)) {
                    handlers.forEach(h -> h.handle(event));
                }
            });
        } finally {
            requestContext.terminate();
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

    private void deadLetter(ConsumerRecord<String, String> record, String error) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()), record.key(), record.value());
        record.headers().forEach(dead.headers()::add);
        dead.headers().add(new RecordHeader("dlq_error", bytes(error)));
        dead.headers().add(new RecordHeader("dlq_consumer", bytes(consumerName)));
        dead.headers().add(new RecordHeader("dlq_original_topic", bytes(record.topic())));
        dead.headers().add(new RecordHeader("dlq_original_partition", bytes(String.valueOf(record.partition()))));
        dead.headers().add(new RecordHeader("dlq_original_offset", bytes(String.valueOf(record.offset()))));
        try {
            // the original's offset is committed only once the dead letter is safely stored
            deadLetters.send(dead).get(30, TimeUnit.SECONDS);
            meters.counter("events.dead.lettered", "topic", record.topic()).increment();
        } catch (Exception e) {
            throw new IllegalStateException("Dead-letter topic unreachable; the event will be consumed again", e);
        }
    }

    private Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : twice;
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
