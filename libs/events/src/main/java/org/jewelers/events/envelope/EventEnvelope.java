package org.jewelers.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import org.jewelers.contracts.EventData;
import org.jewelers.contracts.EventJson;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One CloudEvent (1.0): a past-tense fact about one aggregate.
 *
 * @param source           the producing service, e.g. {@code /directory-service}
 * @param type             a versioned type from the contracts, e.g. {@code org.jewelers.directory.member.joined.v1}
 * @param subject          the aggregate id; also the Kafka record key, so one aggregate's events stay in order
 * @param aggregateVersion the aggregate's version after the change, so that a read model can ignore older events
 * @param data             the payload, valid against the type's JSON Schema
 */
public record EventEnvelope(UUID id, String source, String type, String subject, Instant time, long aggregateVersion,
                            JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (aggregateVersion < 0) {
            throw new IllegalArgumentException("aggregateVersion must not be negative: " + aggregateVersion);
        }
    }

    /**
     * The data as the record of its type; fields the record does not know are ignored, so a consumer keeps working
     * when the producer's contract gains one.
     *
     * @throws IllegalArgumentException when the data does not have the record's shape
     */
    public <T extends EventData> T data(Class<T> record) {
        return EventJson.read(data, record);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
