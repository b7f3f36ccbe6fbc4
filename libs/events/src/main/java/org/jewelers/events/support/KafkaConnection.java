package org.jewelers.events.support;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How this service's Kafka clients reach and authenticate to the brokers: the bootstrap servers and the client
 * security settings ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}), which every
 * producer, consumer and admin client of the library gets. Without security settings the clients talk plaintext,
 * as to the development and test brokers.
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> security) {

    public KafkaConnection {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Kafka bootstrap servers are required");
        }
        security = Map.copyOf(security);
    }

    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, Map.of());
    }

    /** Without the JAAS configuration's password: settings holding a connection end up in logs and exceptions. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>(security);
        shown.computeIfPresent("sasl.jaas.config", (name, jaas) -> jaas.replaceAll("password=\"[^\"]*\"", "password=\"***\""));
        return "KafkaConnection[bootstrapServers=" + bootstrapServers + ", security=" + shown + "]";
    }

    /** A client's base configuration, to which the caller adds its own settings. */
    public Properties clientProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.putAll(security);
        return properties;
    }
}
