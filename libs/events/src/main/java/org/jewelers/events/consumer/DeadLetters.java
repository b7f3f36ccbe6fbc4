package org.jewelers.events.consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jewelers.contracts.ServiceAccess;
import org.jewelers.contracts.Topic;
import org.jewelers.events.support.KafkaConnection;
import org.jewelers.events.support.KafkaTopics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The dead-letter topic {@code <topic>.<group>.dlt} of a consumer group: the original record, unchanged, with
 * headers that say why it could not be processed and where it came from.
 */
public final class DeadLetters implements AutoCloseable {

    public static final String ERROR_CLASS = "dlt.error.class";
    public static final String ERROR_MESSAGE = "dlt.error.message";
    public static final String ORIGINAL_TOPIC = "dlt.original.topic";
    public static final String ORIGINAL_PARTITION = "dlt.original.partition";
    public static final String ORIGINAL_OFFSET = "dlt.original.offset";
    public static final String CONSUMER_GROUP = "dlt.consumer.group";

    private static final int PARTITIONS = 3;
    private static final int MAX_MESSAGE_LENGTH = 2000;

    private final KafkaConnection kafka;
    private final String group;
    private final Duration timeout;
    private final Set<String> provisioned = new HashSet<>();
    private KafkaProducer<String, byte[]> producer;

    DeadLetters(KafkaConnection kafka, String group, Duration timeout) {
        this.kafka = kafka;
        this.group = group;
        this.timeout = timeout;
    }

    public static String topicOf(String topic, String group) {
        return ServiceAccess.deadLetterTopic(topic, group);
    }

    /** Returns once Kafka acknowledged the dead letter. */
    void send(ConsumerRecord<String, byte[]> record, Throwable error) throws DeadLetterFailure {
        String deadLetterTopic = topicOf(record.topic(), group);
        try {
            provision(deadLetterTopic);
            ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
            for (Header header : record.headers()) {
                deadLetter.headers().add(header);
            }
            String message = error.getMessage() == null ? error.toString() : error.getMessage();
            header(deadLetter, ERROR_CLASS, error.getClass().getName());
            header(deadLetter, ERROR_MESSAGE, message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message);
            header(deadLetter, ORIGINAL_TOPIC, record.topic());
            header(deadLetter, ORIGINAL_PARTITION, Integer.toString(record.partition()));
            header(deadLetter, ORIGINAL_OFFSET, Long.toString(record.offset()));
            header(deadLetter, CONSUMER_GROUP, group);
            producer().send(deadLetter).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterFailure(deadLetterTopic, e);
        } catch (Exception e) {
            close();
            throw new DeadLetterFailure(deadLetterTopic, e);
        }
    }

    private void provision(String deadLetterTopic) throws Exception {
        if (provisioned.contains(deadLetterTopic)) {
            return;
        }
        try (Admin admin = KafkaTopics.admin(kafka, timeout)) {
            KafkaTopics.ensure(admin, List.of(new Topic(deadLetterTopic, PARTITIONS, false, Set.of())), timeout);
        }
        provisioned.add(deadLetterTopic);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties properties = kafka.clientProperties();
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters-" + group);
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.dividedBy(2).toMillis());
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** The dead letter could not be written: the consumer must not move past the record. */
    static final class DeadLetterFailure extends RuntimeException {
        DeadLetterFailure(String topic, Throwable cause) {
            super("could not write to dead-letter topic " + topic, cause);
        }
    }
}
