package org.jewelers.testing;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records straight to a topic, as another service would, or to deliver one event twice. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void write(String bootstrapServers, String topic, String key, String value) {
        write(bootstrapServers, Map.of(), topic, key, value);
    }

    /** Writes as the user of {@code login} (see {@link KafkaBroker#login}), on a broker with access control. */
    public static void write(String bootstrapServers, Map<String, String> login, String topic, String key, String value) {
        Properties properties = new Properties();
        properties.putAll(login);
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
        }
    }
}
