package org.jewelers.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one mapping between event data records and their JSON, the same in every service whatever its own Jackson
 * settings. Reading ignores fields a record does not know, so a consumer keeps working when a producer's contract
 * gains a field (forward compatibility); writing can only produce the record's fields.
 */
public final class EventJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static JsonNode write(EventData data) {
        return JSON.valueToTree(data);
    }

    /** @throws IllegalArgumentException when the JSON cannot be read as the record, e.g. a field of the wrong shape */
    public static <T extends EventData> T read(JsonNode data, Class<T> type) {
        try {
            return JSON.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
