package org.jewelers.events.support;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaConnectionTest {

    private final KafkaConnection connection = new KafkaConnection("kafka:9092", Map.of(
            "security.protocol", "SASL_PLAINTEXT",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"careers-service\" password=\"s3cret\";"));

    @Test
    void everyClientGetsTheSecuritySettings() {
        assertEquals("kafka:9092", connection.clientProperties().get("bootstrap.servers"));
        assertEquals("SCRAM-SHA-512", connection.clientProperties().get("sasl.mechanism"));
        assertTrue(connection.clientProperties().getProperty("sasl.jaas.config").contains("password=\"s3cret\""));
    }

    @Test
    void itsTextNamesTheUserButNotThePassword() {
        assertTrue(connection.toString().contains("username=\"careers-service\""), connection::toString);
        assertFalse(connection.toString().contains("s3cret"), connection::toString);
    }
}
