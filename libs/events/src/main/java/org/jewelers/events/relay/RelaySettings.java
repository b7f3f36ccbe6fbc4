package org.jewelers.events.relay;

import java.time.Duration;
import java.util.Objects;
import org.jewelers.events.support.KafkaConnection;

/**
 * @param batchSize       rows sent before waiting for all their acknowledgements
 * @param pollInterval    the longest wait for a notification before looking at the outbox anyway
 * @param lockRetry       how often a standby relay asks for the lock
 * @param maxBlock        how long a send may wait for broker metadata (producer max.block.ms)
 * @param deliveryTimeout how long a record may wait for its acknowledgement (producer delivery.timeout.ms)
 * @param maxBackoff      the longest pause between retries while Kafka or the database is unavailable
 * @param retention       how long sent rows are kept before the relay deletes them
 */
public record RelaySettings(KafkaConnection kafka, int batchSize, Duration pollInterval, Duration lockRetry,
                            Duration maxBlock, Duration deliveryTimeout, Duration maxBackoff, Duration retention) {

    public RelaySettings {
        Objects.requireNonNull(kafka, "kafka");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
    }

    public static RelaySettings defaults(String bootstrapServers) {
        return new RelaySettings(KafkaConnection.plaintext(bootstrapServers), 500, Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofDays(7));
    }
}
