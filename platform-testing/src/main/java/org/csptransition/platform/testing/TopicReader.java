package org.csptransition.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Reads a topic from its beginning, as a test's independent observer of what really went over the broker. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

    public TopicReader(Infrastructure infra, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, true));
        // the first reader of a topic on a fresh broker creates it; its partitions are listed once its leaders are elected
        List<PartitionInfo> partitions = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("Topic " + topic + " has no partitions after 30 s");
        }
        List<TopicPartition> assigned = new ArrayList<>();
        for (PartitionInfo partition : partitions) {
            assigned.add(new TopicPartition(topic, partition.partition()));
        }
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
    }

    /** Everything read so far, after one more poll. */
    public synchronized List<ConsumerRecord<String, String>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return List.copyOf(records);
    }

    public List<EventEnvelope> events() {
        return records().stream().map(r -> EventJson.read(r.value())).toList();
    }

    public List<EventEnvelope> eventsAbout(String subject) {
        return events().stream().filter(e -> e.subject().equals(subject)).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /** Publishes a raw record, as another service would (for consumer tests: golden samples, duplicates, poison). */
    public static void publish(Infrastructure infra, String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all"))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    public static void publish(Infrastructure infra, EventEnvelope event) {
        String topic = org.csptransition.platform.events.EventType.fromWireName(event.type())
                .map(org.csptransition.platform.events.EventType::topic)
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + event.type()));
        publish(infra, topic, event.subject(), EventJson.write(event));
    }
}
