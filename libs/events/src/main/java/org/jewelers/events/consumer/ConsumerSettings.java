package org.jewelers.events.consumer;

import java.time.Duration;
import java.util.Objects;
import org.jewelers.events.support.KafkaConnection;

/**
 * @param maxAttempts  attempts at one event before it goes to the dead-letter topic
 * @param retryBackoff the pause after the first failed attempt; it grows with each attempt
 * @param maxBackoff   the longest pause while Kafka is unavailable
 */
public record ConsumerSettings(KafkaConnection kafka, int maxAttempts, Duration retryBackoff, Duration pollTimeout,
                               Duration maxBackoff) {

    public ConsumerSettings {
        Objects.requireNonNull(kafka, "kafka");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
        }
    }

    public static ConsumerSettings defaults(String bootstrapServers) {
        return defaults(KafkaConnection.plaintext(bootstrapServers));
    }

    public static ConsumerSettings defaults(KafkaConnection kafka) {
        return new ConsumerSettings(kafka, 3, Duration.ofMillis(200), Duration.ofMillis(500),
                Duration.ofSeconds(5));
    }
}
