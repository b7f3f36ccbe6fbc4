package org.jewelers.systemtests.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checker found: violations by check, with a few examples each, and how unknown outcomes resolved. */
final class Verdict {

    static final String LOST = "acknowledged writes lost";
    static final String DUPLICATED = "effects applied twice";
    static final String REFUSED_APPLIED = "refused writes that took effect";
    static final String UNRESOLVED = "unknown outcomes unresolved";
    static final String EVENTS_MISSING = "events not reaching their consumers";
    static final String READ_MODELS_OFF = "read models off their source";

    private static final int EXAMPLES = 5;

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private int unknownApplied;
    private int unknownNotApplied;

    Verdict() {
        for (String check : List.of(LOST, DUPLICATED, REFUSED_APPLIED, UNRESOLVED, EVENTS_MISSING, READ_MODELS_OFF)) {
            counts.put(check, 0);
            examples.put(check, new ArrayList<>());
        }
    }

    synchronized void violation(String check, String example) {
        counts.merge(check, 1, Integer::sum);
        if (examples.get(check).size() < EXAMPLES) {
            examples.get(check).add(example);
        }
    }

    synchronized void resolved(boolean applied) {
        if (applied) {
            unknownApplied++;
        } else {
            unknownNotApplied++;
        }
    }

    int count(String check) {
        return counts.get(check);
    }

    int violations() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int unknownApplied() {
        return unknownApplied;
    }

    int unknownNotApplied() {
        return unknownNotApplied;
    }

    String report() {
        StringBuilder report = new StringBuilder();
        counts.forEach((check, count) -> {
            report.append(String.format("  %-40s %d%n", check, count));
            examples.get(check).forEach(example -> report.append("      e.g. ").append(example).append('\n'));
        });
        return report.toString();
    }
}
