package org.jewelers.systemtests.fuzzing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values for the public walk's path parameters, gathered from the JSON it was answered: the ids and slugs a list
 * answers fill the parameter right after its path ({@code /api/v1/editions} fills {@code /api/v1/editions/{id}});
 * fields named {@code <name>Id}, and the ids of the items of an array {@code <name>s}, fill parameters named so
 * ({@code honoreeId}, {@code imageId}); and a link an answer gives ({@code /api/v1/...}) is called as it is. A
 * parameter nothing fills is sent as a placeholder, so that its operation is still called and checked.
 */
final class PathValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");
    /** Bounds the calls of an operation with several parameters, whose values are tried in every combination. */
    private static final int MAX_TARGETS = 1500;

    private final Map<String, Set<String>> byCollection = new HashMap<>();
    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Set<String> links = new LinkedHashSet<>();

    /** The paths (with the query the operation requires) to call for the operation. */
    List<String> targets(Operation operation) {
        List<String> paths = new ArrayList<>(List.of(""));
        int end = 0;
        Matcher parameter = PARAMETER.matcher(operation.path());
        while (parameter.find()) {
            String literal = operation.path().substring(end, parameter.start());
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                for (String value : valuesOf(operation.path().substring(0, parameter.start() - 1), parameter.group(1))) {
                    if (next.size() < MAX_TARGETS) {
                        next.add(path + literal + value);
                    }
                }
            }
            paths = next;
            end = parameter.end();
        }
        Set<String> targets = new LinkedHashSet<>();
        String rest = operation.path().substring(end);
        paths.forEach(path -> targets.add(path + rest));
        Pattern template = Pattern.compile(PARAMETER.matcher(Pattern.quote(operation.path()))
                .replaceAll("\\\\E[^/]+\\\\Q"));
        links.stream().filter(link -> template.matcher(link).matches()).forEach(targets::add);
        String query = query(operation);
        return targets.stream().map(target -> target + query).toList();
    }

    /** Gathers what the answer to {@code target} names, for the operations walked after it. */
    void harvest(Operation operation, String target, String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return;
        }
        Set<String> listed = byCollection.computeIfAbsent(operation.path(), path -> new LinkedHashSet<>());
        walk(answer, null, listed);
    }

    private void walk(JsonNode node, String arrayName, Set<String> listed) {
        if (node.isArray()) {
            node.forEach(item -> walk(item, arrayName, listed));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                String text = value.asText();
                if (name.equals("id") || name.equals("slug")) {
                    listed.add(text);
                    if (arrayName != null && arrayName.endsWith("s")) {
                        add(arrayName.substring(0, arrayName.length() - 1) + "Id", text);
                    }
                }
                if (name.endsWith("Id")) {
                    add(name, text);
                }
                if (text.startsWith("/api/")) {
                    links.add(text);
                }
            } else {
                walk(value, value.isArray() ? name : arrayName, listed);
            }
        });
    }

    private void add(String name, String value) {
        byName.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(value);
    }

    private Set<String> valuesOf(String collection, String parameter) {
        Set<String> values = new LinkedHashSet<>(byCollection.getOrDefault(collection, Set.of()));
        values.addAll(byName.getOrDefault(parameter, Set.of()));
        return values.isEmpty() ? Set.of("unknown-" + parameter) : values;
    }

    /** A list's largest page, and each required query parameter's documented example. */
    private static String query(Operation operation) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = operation.resolve(parameter.path("schema"));
            if (name.equals("size") && schema.has("maximum")) {
                pairs.add("size=" + schema.path("maximum").asInt());
            } else if (parameter.path("required").asBoolean()) {
                JsonNode example = parameter.has("example") ? parameter.path("example") : schema.path("example");
                pairs.add(name + "=" + (example.isMissingNode() ? "jeweler" : example.asText().replace(' ', '+')));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }
}
