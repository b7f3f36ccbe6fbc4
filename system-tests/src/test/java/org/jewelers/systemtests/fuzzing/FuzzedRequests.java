package org.jewelers.systemtests.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jewelers.systemtests.authorization.Bodies;

/**
 * The requests the fuzzer sends to one operation, from its document: path parameters (mostly a real object from
 * the fixture, else a random, boundary or malformed id), query parameters (within their schema or not, paging at
 * and past its bounds), header parameters, and a body of every {@link BodyKind}. A request that could take effect
 * ({@link BodyKind#harmless()} not, on an operation that changes things) never names a fixture object, so that the
 * fixture stays as every other operation expects it.
 */
final class FuzzedRequests {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> PAGING = List.of("-1", "0", "1", "100", "101", "999", "1000", "2147483647",
            "2147483648", "99999999999999999999", "1.5", "abc", "");
    private static final List<String> IDS = List.of("00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "1", "-1", "💎", "%00", "a".repeat(300),
            "d2719b3c-6b6b-4f3c-9a8e-1a2b3c4d5e6", "{id}");

    private final Operation operation;
    private final String realPath;
    private final Random random;
    private final SchemaValues values;

    /** {@code realPath}: the operation's path naming fixture objects, or null when there is none to name. */
    FuzzedRequests(Operation operation, String realPath, Random random) {
        this.operation = operation;
        this.realPath = realPath;
        this.random = random;
        this.values = new SchemaValues(operation, random);
    }

    List<FuzzedRequest> make(int count) {
        List<FuzzedRequest> requests = new ArrayList<>();
        Optional<JsonNode> content = operation.requestContent();
        for (int i = 0; i < count; i++) {
            BodyKind kind = content.isPresent() ? kindFor(i) : BodyKind.EMPTY;
            boolean mayNameFixture = operation.method().equals("GET") || content.isPresent() && kind.harmless();
            String target = path(mayNameFixture && random.nextInt(10) < 7) + query();
            Map<String, String> headers = headers();
            requests.add(content.map(media -> withBody(media, kind, target, headers))
                    .orElseGet(() -> FuzzedRequest.withoutBody(operation.method(), target, headers)));
        }
        return requests;
    }

    /** One valid body in four, then every way of being wrong in turn. */
    private BodyKind kindFor(int i) {
        if (i % 4 == 0) {
            return BodyKind.VALID;
        }
        BodyKind[] wrong = {BodyKind.MISSING_REQUIRED, BodyKind.WRONG_TYPE, BodyKind.OUT_OF_BOUNDS, BodyKind.NULL_FIELD,
            BodyKind.EXTRA_FIELD, BodyKind.MALFORMED, BodyKind.WRONG_ROOT, BodyKind.EMPTY, BodyKind.OUT_OF_BOUNDS};
        return wrong[(i - i / 4 - 1) % wrong.length];
    }

    private String path(boolean real) {
        if (real && realPath != null) {
            return realPath;
        }
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        operation.parameters("path").forEach(parameter -> parameters.put(parameter.path("name").asText(), parameter));
        Matcher names = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (names.find()) {
            JsonNode parameter = parameters.get(names.group(1));
            String value = random.nextInt(3) == 0 || parameter == null ? values.pick(IDS)
                    : random.nextBoolean() ? UUID.randomUUID().toString()
                    : values.text(parameter.path("schema"), random.nextBoolean());
            if (value.isEmpty() || value.equals(".") || value.equals("..")) {
                value = "x";
            }
            String encoded = encode(value);
            // Past the gateway's 4 KiB request line the client cannot even finish sending; bodies carry the huge values.
            names.appendReplacement(path, Matcher.quoteReplacement(encoded.length() > 1000 ? encoded.substring(0, 1000) : encoded));
        }
        return names.appendTail(path).toString();
    }

    private String query() {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (!parameter.path("required").asBoolean(false) && random.nextBoolean()) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value = (name.equals("page") || name.equals("size")) && random.nextBoolean() ? values.pick(PAGING)
                    : values.text(parameter.path("schema"), random.nextInt(5) < 3);
            String pair = encode(name) + "=" + encode(value);
            pairs.add(pair.length() > 1000 ? pair.substring(0, 1000) : pair);
        }
        while (String.join("&", pairs).length() > 3000) {
            pairs.remove(pairs.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("header")) {
            if (parameter.path("required").asBoolean(false) || random.nextBoolean()) {
                String value = values.text(parameter.path("schema"), random.nextBoolean());
                // Headers travel as ISO-8859-1, and past the gateway's 8 KiB of headers the client cannot finish
                // sending: neither would say anything about the service.
                String sendable = value.replaceAll("[^\\x20-\\x7e]", "?");
                headers.put(parameter.path("name").asText(), sendable.length() > 1000 ? sendable.substring(0, 1000) : sendable);
            }
        }
        return headers;
    }

    private FuzzedRequest withBody(JsonNode content, BodyKind kind, String target, Map<String, String> headers) {
        String mediaType = content.fieldNames().next();
        JsonNode schema = content.path(mediaType).path("schema");
        if (mediaType.startsWith("multipart/")) {
            return new FuzzedRequest(operation.method(), target, headers, kind, mediaType, null, parts(schema, kind));
        }
        byte[] body;
        if (kind == BodyKind.EMPTY) {
            body = new byte[0];
        } else if (mediaType.contains("json")) {
            body = json(schema, kind).getBytes(StandardCharsets.UTF_8);
        } else {
            body = text(kind).getBytes(StandardCharsets.UTF_8);
        }
        return new FuzzedRequest(operation.method(), target, headers, kind, mediaType, body, List.of());
    }

    private String json(JsonNode schema, BodyKind kind) {
        if (kind == BodyKind.MALFORMED) {
            return values.pick(List.of("{", "{\"title\": \"unterminated", "{'single': 'quotes'}", "{\"a\":1,}",
                    "not json at all", "{\"a\": NaN}", "\u0000"));
        }
        if (kind == BodyKind.WRONG_ROOT) {
            return values.type(schema).equals("array") ? "{\"unexpected\": true}"
                    : values.pick(List.of("[]", "[{}]", "\"text\"", "42", "null", "true"));
        }
        JsonNode body = values.valid(schema);
        if (!(body instanceof ObjectNode object)) {
            return kind == BodyKind.VALID ? body.toString() : values.outside(schema).toString();
        }
        List<String> names = new ArrayList<>();
        operation.resolve(schema).path("properties").fieldNames().forEachRemaining(names::add);
        operation.resolve(schema).path("allOf").forEach(part -> operation.resolve(part).path("properties")
                .fieldNames().forEachRemaining(names::add));
        List<String> required = values.required(schema);
        String field = names.isEmpty() ? "unexpected" : values.pick(names);
        JsonNode fieldSchema = values.property(schema, field);
        switch (kind) {
            case MISSING_REQUIRED -> object.remove(required.isEmpty() ? field : values.pick(required));
            case WRONG_TYPE -> object.set(field, values.wrongType(fieldSchema));
            case OUT_OF_BOUNDS -> object.set(field, values.outside(fieldSchema));
            case NULL_FIELD -> object.putNull(required.isEmpty() ? field : values.pick(required));
            case EXTRA_FIELD -> object.put("unexpected" + random.nextInt(100), "not in the schema");
            default -> {
            }
        }
        return object.toString();
    }

    private List<FuzzedRequest.Part> parts(JsonNode schema, BodyKind kind) {
        List<FuzzedRequest.Part> parts = new ArrayList<>();
        JsonNode resolved = operation.resolve(schema);
        resolved.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode partSchema = operation.resolve(property.getValue());
            boolean file = partSchema.path("format").asText().equals("binary")
                    || partSchema.has("contentMediaType") || partSchema.path("items").path("format").asText().equals("binary");
            if (file) {
                if (kind != BodyKind.MISSING_REQUIRED) {
                    parts.add(file(name, kind));
                }
            } else if (kind != BodyKind.EMPTY) {
                String value = kind == BodyKind.OUT_OF_BOUNDS ? values.text(partSchema, false) : values.text(partSchema, true);
                parts.add(new FuzzedRequest.Part(name, null, "text/plain", value.getBytes(StandardCharsets.UTF_8)));
            }
        });
        return parts;
    }

    /** An image when the body is meant to be valid; otherwise bytes that are no image whatever they claim. */
    private FuzzedRequest.Part file(String name, BodyKind kind) {
        if (kind == BodyKind.VALID) {
            return new FuzzedRequest.Part(name, "photo.png", "image/png", Bodies.png());
        }
        byte[] noise = new byte[random.nextInt(4096)];
        random.nextBytes(noise);
        String[] claims = {"image/png", "image/jpeg", "application/octet-stream", "text/plain"};
        String claim = claims[random.nextInt(claims.length)];
        return new FuzzedRequest.Part(name, random.nextBoolean() ? "noise.png" : "../../noise\u00e9.jpg", claim, noise);
    }

    /** A CSV upload (the only text body the services take) or text that is none. */
    private String text(BodyKind kind) {
        String header = "member_number,name,kind,standing,member_since,website,phone,email,services,location_address,"
                + "location_city,location_state,location_zip,location_phone\n";
        return switch (kind) {
            case VALID -> header + "JA-9" + (100000 + random.nextInt(800000)) + ",Fuzz Jewelers,retailer,active,"
                    + "2001-04-01,,,,repair,1 Fuzz Row,Providence,RI,02903,\n";
            case MISSING_REQUIRED -> header;
            case MALFORMED -> "\"unterminated,quote\n" + "a,b\n";
            case OUT_OF_BOUNDS -> header + "JA-1,💎,unknown-kind,sideways,2001-13-45,not a url,,,,,,ZZ,1,\n";
            case EXTRA_FIELD -> header.strip() + ",extra\n" + "JA-2,x,retailer,active,2001-04-01,,,,,,,,,,surplus\n";
            default -> "x".repeat(random.nextInt(5000));
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
