package org.jewelers.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates events of one producing service: fills in a fresh id, the source and the current time. */
public final class EventFactory {

    private final String source;
    private final Clock clock;
    private final ObjectMapper json;

    public EventFactory(String source) {
        this(source, Clock.systemUTC(), defaultMapper());
    }

    /** @param json turns data objects (records, maps) into JSON; dates must be written as ISO-8601 strings */
    public EventFactory(String source, Clock clock, ObjectMapper json) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an event source is required, e.g. /directory-service");
        }
        this.source = source;
        this.clock = clock;
        this.json = json;
    }

    /**
     * @param subject          the aggregate id
     * @param aggregateVersion the aggregate's version after the change
     * @param data             a JsonNode, or an object Jackson can write (a record, a map)
     */
    public EventEnvelope create(String type, String subject, long aggregateVersion, Object data) {
        JsonNode tree = data instanceof JsonNode node ? node : json.valueToTree(data);
        return new EventEnvelope(UUID.randomUUID(), source, type, subject,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), aggregateVersion, tree);
    }

    public static ObjectMapper defaultMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
