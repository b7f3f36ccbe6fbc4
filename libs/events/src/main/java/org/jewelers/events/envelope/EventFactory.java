package org.jewelers.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import org.jewelers.contracts.EventData;
import org.jewelers.contracts.EventJson;
import org.jewelers.contracts.EventTypes;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates events of one producing service: fills in a fresh id, the source and the current time. */
public final class EventFactory {

    private final String source;
    private final Clock clock;

    public EventFactory(String source) {
        this(source, Clock.systemUTC());
    }

    public EventFactory(String source, Clock clock) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an event source is required, e.g. /directory-service");
        }
        this.source = source;
        this.clock = clock;
    }

    /**
     * @param subject          the aggregate id
     * @param aggregateVersion the aggregate's version after the change
     * @param data             the record the contracts name for the type, so that it carries no field they lack
     * @throws IllegalArgumentException when the record is not the one of the type
     */
    public EventEnvelope create(String type, String subject, long aggregateVersion, EventData data) {
        Class<? extends EventData> expected = EventTypes.dataOf(type).orElseThrow(() -> new IllegalArgumentException(
                type + " is not an event type of the contracts; give its data as JSON"));
        if (!expected.equals(data.getClass())) {
            throw new IllegalArgumentException(type + " carries a " + expected.getName() + ", not a " + data.getClass().getName());
        }
        return create(type, subject, aggregateVersion, EventJson.write(data));
    }

    /**
     * Data given as JSON, as it is: for event types of a test or a benchmark, and for events as another version of a
     * producer writes them. The outbox still checks the data against its contract.
     */
    public EventEnvelope create(String type, String subject, long aggregateVersion, JsonNode data) {
        return new EventEnvelope(UUID.randomUUID(), source, type, subject,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), aggregateVersion, data);
    }
}
