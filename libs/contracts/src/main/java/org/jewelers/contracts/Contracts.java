package org.jewelers.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks event data against the JSON Schema of its type and routes each type to its topic.
 * Schemas are read from the classpath at {@code contracts/<type>.json} on first use, so a module can add
 * its own (test) types next to the shared ones.
 */
public final class Contracts {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats (uuid, date) are only annotations in 2020-12 unless asserted; contracts mean them.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final List<Topic> topics;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** The contracts of the platform's own topics. */
    public Contracts() {
        this(Topics.ALL);
    }

    /** Contracts routed to the given topics, e.g. topics of test-only event types. */
    public Contracts(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    public List<Topic> topics() {
        return topics;
    }

    /** @throws ContractViolation when no topic carries the type */
    public Topic topicOf(String type) {
        return Topics.topicOf(topics, type)
                .orElseThrow(() -> new ContractViolation(type, List.of("no topic carries this event type")));
    }

    /** @throws ContractViolation listing every violation, or when the type has no schema */
    public void validate(String type, JsonNode data) {
        JsonSchema schema = schemaOf(type)
                .orElseThrow(() -> new ContractViolation(type, List.of("unknown event type (no schema contracts/" + type + ".json)")));
        if (data == null || data.isMissingNode()) {
            throw new ContractViolation(type, List.of("data is missing"));
        }
        List<String> violations = schema.validate(data).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        if (!violations.isEmpty()) {
            throw new ContractViolation(type, violations);
        }
    }

    private Optional<JsonSchema> schemaOf(String type) {
        if (type == null || !TYPE_NAME.matcher(type).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(schemas.computeIfAbsent(type, Contracts::load));
    }

    private static JsonSchema load(String type) {
        String resource = "contracts/" + type + ".json";
        if (classLoader().getResource(resource) == null) {
            return null;
        }
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource), CONFIG);
        // Resolve $refs now so that a broken contract fails at first use, not on some later event.
        schema.initializeValidators();
        return schema;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Contracts.class.getClassLoader();
    }
}
