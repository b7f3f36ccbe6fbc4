package org.jewelers.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic back from its beginning, outside any consumer group, to see what a producer really published. */
public final class TopicReader {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private TopicReader() {
    }

    /** Reads until the records read so far satisfy {@code complete}, then a little longer so that extras show. */
    public static List<ConsumerRecord<String, String>> readUntil(String bootstrapServers, String topic,
                                                                 Predicate<List<ConsumerRecord<String, String>>> complete) {
        return readUntil(bootstrapServers, Map.of(), topic, complete);
    }

    /** As {@link #readUntil(String, String, Predicate)}, reading as the user of {@code login} ({@link KafkaBroker#login}). */
    public static List<ConsumerRecord<String, String>> readUntil(String bootstrapServers, Map<String, String> login, String topic,
                                                                 Predicate<List<ConsumerRecord<String, String>>> complete) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Properties properties = properties(bootstrapServers);
        properties.putAll(login);
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(properties)) {
            fromBeginning(reader, topic);
            await().atMost(PATIENCE).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(records::add);
                return complete.test(records);
            });
            reader.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    /** Every record the topic holds right now, from its beginning to the end offsets read at the start. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(properties(bootstrapServers))) {
            List<TopicPartition> partitions = fromBeginning(reader, topic);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            await().atMost(PATIENCE).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(partition -> reader.position(partition) >= ends.get(partition));
            });
        }
        return records;
    }

    private static List<TopicPartition> fromBeginning(KafkaConsumer<String, String> reader, String topic) {
        await().atMost(PATIENCE).until(() -> !reader.partitionsFor(topic).isEmpty());
        List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        return partitions;
    }

    private static Properties properties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }
}
