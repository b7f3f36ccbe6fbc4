package org.jewelers.systemtests.fuzzing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the fuzzer sent and what it found: answers counted by status, and each finding (a 5xx, an answer off the
 * document, a 4xx that is not problem+json, a request that got no answer) with the requests that showed it, a few
 * per operation and kind so that one defect does not drown the others.
 */
final class Findings {

    static final String SERVER_ERROR = "5xx";
    static final String OFF_DOCUMENT = "answer off the document";
    static final String NOT_PROBLEM_JSON = "4xx without problem+json";
    static final String NO_ANSWER = "no answer";
    private static final int EXAMPLES = 3;

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();
    private final Set<String> fuzzed = new TreeSet<>();
    private int sent;

    Findings() {
        for (String kind : List.of(SERVER_ERROR, OFF_DOCUMENT, NOT_PROBLEM_JSON, NO_ANSWER)) {
            counts.put(kind, 0);
        }
    }

    void answered(Operation operation, int status) {
        sent++;
        fuzzed.add(operation.app() + " " + operation.name());
        statuses.merge(status, 1, Integer::sum);
    }

    void unanswered() {
        sent++;
    }

    void found(String kind, Operation operation, String what, FuzzedRequest request) {
        counts.merge(kind, 1, Integer::sum);
        List<String> shown = examples.computeIfAbsent(kind + " | " + operation.app() + " " + operation.name(),
                key -> new ArrayList<>());
        if (shown.size() < EXAMPLES) {
            shown.add(what + "\n        sent: " + request.describe());
        }
    }

    int count(String kind) {
        return counts.get(kind);
    }

    int sent() {
        return sent;
    }

    Set<String> fuzzed() {
        return fuzzed;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    /** Every finding, grouped by kind and operation, for the report and the failure message. */
    String details() {
        StringBuilder text = new StringBuilder();
        examples.forEach((key, shown) -> {
            text.append("  ").append(key).append('\n');
            shown.forEach(example -> text.append("      ").append(example).append('\n'));
        });
        return text.toString();
    }
}
