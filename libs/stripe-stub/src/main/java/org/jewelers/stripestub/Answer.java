package org.jewelers.stripestub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An API answer as it goes on the wire, kept as text so that an idempotent replay repeats it exactly. */
record Answer(int status, String json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer of(int status, Object body) {
        return new Answer(status, json(body));
    }

    static Answer of(StripeError error) {
        return of(error.status, error.body());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + value, e);
        }
    }

    /** The id of the object answered, or null for a list. */
    String objectId() {
        try {
            return JSON.readTree(json).path("id").asText(null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    boolean succeeded() {
        return status / 100 == 2;
    }
}
