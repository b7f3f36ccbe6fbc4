package org.jewelers.systemtests.fuzzing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether an answer is one the operation's document describes: its status is listed (or a range or
 * {@code default} covers it), its content type is one the status lists, and its JSON body validates against the
 * schema there. The documents are OpenAPI 3.1, whose schemas are JSON Schema 2020-12.
 */
final class DocumentedAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final Map<String, JsonSchemaFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** What is off the document in the answer; empty when the document describes it. */
    Optional<String> offDocument(Operation operation, int status, String contentType, String body) {
        JsonNode responses = operation.node().path("responses");
        String code = String.valueOf(status);
        String listed = responses.has(code) ? code
                : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (listed == null) {
            return Optional.of("status " + status + " is not in the document (it lists "
                    + String.join(", ", (Iterable<String>) responses::fieldNames) + ")");
        }
        JsonNode content = operation.resolve(responses.path(listed)).path("content");
        if (content.isMissingNode() || content.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        String mediaType = mediaType(contentType);
        Optional<String> declared = declared(content, mediaType);
        if (declared.isEmpty()) {
            return Optional.of("content type " + contentType + " is not one the document lists for " + status
                    + " (" + String.join(", ", (Iterable<String>) content::fieldNames) + ")");
        }
        if (!mediaType.endsWith("json") || !content.path(declared.get()).has("schema")) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.of("the " + contentType + " body is not JSON: " + e.getOriginalMessage());
        }
        String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase()
                + "/responses/" + listed + "/content/" + escape(declared.get()) + "/schema";
        String violations = schema(operation, pointer, listed).validate(answer).stream()
                .map(ValidationMessage::getMessage).distinct().limit(5).collect(Collectors.joining("; "));
        return violations.isEmpty() ? Optional.empty() : Optional.of("the body does not match the schema: " + violations);
    }

    /** A response given by reference lives under components; its schema is found there. */
    private JsonSchema schema(Operation operation, String pointer, String listed) {
        JsonNode response = operation.node().path("responses").path(listed);
        String location = pointer;
        if (response.has("$ref")) {
            String ref = response.path("$ref").asText().substring(1);
            location = ref + pointer.substring(pointer.indexOf("/content/"));
        }
        String iri = "https://jewelers.example/openapi/" + operation.app() + ".json";
        String key = iri + "#" + location;
        return schemas.computeIfAbsent(key, ignored -> factory(operation.app(), iri, operation.document())
                .getSchema(SchemaLocation.of(key), CONFIG));
    }

    private JsonSchemaFactory factory(String app, String iri, JsonNode document) {
        return factories.computeIfAbsent(app, ignored -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(iri, document.toString())))));
    }

    private static Optional<String> declared(JsonNode content, String mediaType) {
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String declared = mediaType(name);
            if (declared.equals(mediaType) || declared.equals("*/*")
                    || declared.endsWith("/*") && mediaType.startsWith(declared.substring(0, declared.length() - 1))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase();
    }

    /** A JSON pointer's reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
