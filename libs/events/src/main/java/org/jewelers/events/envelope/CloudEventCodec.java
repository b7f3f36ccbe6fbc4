package org.jewelers.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/** Reads and writes events in the CloudEvents structured JSON mode: the Kafka value is the whole event. */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String AGGREGATE_VERSION = "aggregateversion";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventCodec() {
    }

    public static String encode(EventEnvelope event) {
        ObjectNode json = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id().toString())
                .put("source", event.source())
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.time().toString())
                .put("datacontenttype", "application/json")
                .put(AGGREGATE_VERSION, event.aggregateVersion());
        json.set("data", event.data());
        return json.toString();
    }

    /** @throws IllegalArgumentException when the bytes are not a CloudEvent of this platform */
    public static EventEnvelope decode(byte[] value) {
        JsonNode json;
        try {
            json = JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON CloudEvent: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON CloudEvent");
        }
        if (!"1.0".equals(text(json, "specversion"))) {
            throw new IllegalArgumentException("unsupported CloudEvents specversion: " + json.path("specversion"));
        }
        JsonNode version = json.path(AGGREGATE_VERSION);
        if (!version.canConvertToLong()) {
            throw new IllegalArgumentException("the CloudEvent has no numeric " + AGGREGATE_VERSION);
        }
        return new EventEnvelope(
                UUID.fromString(text(json, "id")),
                text(json, "source"),
                text(json, "type"),
                text(json, "subject"),
                Instant.parse(text(json, "time")),
                version.asLong(),
                json.path("data").isMissingNode() ? null : json.get("data"));
    }

    private static String text(JsonNode json, String attribute) {
        JsonNode value = json.get(attribute);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the CloudEvent has no " + attribute);
        }
        return value.asText();
    }
}
