package org.csptransition.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/** Kafka clients built from the service's {@code kafka.*} configuration, with the delivery settings the suite relies on. */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> base;

    @Inject
    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> base) {
        this.base = base;
    }

    /** Idempotent and {@code acks=all}: a send counts only once every in-sync replica has it, and retries never duplicate. */
    public KafkaProducer<String, String> producer(String clientId) {
        Map<String, Object> config = kafkaOnly();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // fail fast while the broker is away: the rows stay in the outbox and the relay tries again
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    /** Manual commits after the effect is committed: at-least-once delivery, made exactly-once in effect by the inbox. */
    public KafkaConsumer<String, String> consumer(String groupId) {
        Map<String, Object> config = kafkaOnly();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-consumer");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        // a replica that died hands its partitions to the others within 10 s, not Kafka's default 45 s (kafka.session.timeout.ms overrides)
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    private Map<String, Object> kafkaOnly() {
        Map<String, Object> config = new HashMap<>(base);
        // the shared map also carries keys of other Kafka integrations; the plain clients only want their own
        config.keySet().removeIf(key -> key.startsWith("health") || key.startsWith("devservices") || key.startsWith("snappy"));
        return config;
    }
}
