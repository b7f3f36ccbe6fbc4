package org.jewelers.events.consumer;

import java.time.Duration;

/**
 * @param maxAttempts  attempts at one event before it goes to the dead-letter topic
 * @param retryBackoff the pause after the first failed attempt; it grows with each attempt
 * @param maxBackoff   the longest pause while Kafka is unavailable
 */
public record ConsumerSettings(String bootstrapServers, int maxAttempts, Duration retryBackoff, Duration pollTimeout,
                               Duration maxBackoff) {

    public ConsumerSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Kafka bootstrap servers are required");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive: " + maxAttempts);
        }
    }

    public static ConsumerSettings defaults(String bootstrapServers) {
        return new ConsumerSettings(bootstrapServers, 3, Duration.ofMillis(200), Duration.ofMillis(500),
                Duration.ofSeconds(5));
    }
}
