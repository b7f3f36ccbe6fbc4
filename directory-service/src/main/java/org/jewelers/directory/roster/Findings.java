package org.jewelers.directory.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is wrong with one member's rows. A finding on a firm column concerns every row, since each row repeats the
 * firm; a finding on a location column concerns its own row. A column that could not be read is not also reported
 * for what its missing value then breaks.
 */
final class Findings {

    private final List<RosterRow> rows;
    private final List<String> firm = new ArrayList<>();
    private final Set<String> unreadableFirmColumns = new HashSet<>();
    private final List<List<String>> byRow = new ArrayList<>();
    private final List<Set<String>> unreadableRowColumns = new ArrayList<>();

    Findings(List<RosterRow> rows) {
        this.rows = rows;
        rows.forEach(row -> {
            byRow.add(new ArrayList<>());
            unreadableRowColumns.add(new HashSet<>());
        });
    }

    void unreadableFirm(String column, String message) {
        unreadableFirmColumns.add(column);
        firm.add(column + ": " + message);
    }

    void firm(String column, String message) {
        if (!unreadableFirmColumns.contains(column)) {
            firm.add(column + ": " + message);
        }
    }

    void unreadableRow(int row, String column, String message) {
        unreadableRowColumns.get(row).add(column);
        byRow.get(row).add(column + ": " + message);
    }

    void row(int row, String column, String message) {
        if (!unreadableRowColumns.get(row).contains(column)) {
            byRow.get(row).add(column + ": " + message);
        }
    }

    boolean rowIsClean(int row) {
        return byRow.get(row).isEmpty();
    }

    boolean isEmpty() {
        return firm.isEmpty() && byRow.stream().allMatch(List::isEmpty);
    }

    /** The reason for each row by its line; a row with nothing of its own is held back by the others. */
    Map<Integer, String> reasons() {
        List<Integer> faulty = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!firm.isEmpty() || !byRow.get(i).isEmpty()) {
                faulty.add(rows.get(i).line());
            }
        }
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> messages = new ArrayList<>(firm);
            messages.addAll(byRow.get(i));
            reasons.put(rows.get(i).line(), messages.isEmpty()
                    ? "not applied: " + (faulty.size() == 1 ? "line " : "lines ")
                            + faulty.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " of the same member " + (faulty.size() == 1 ? "has" : "have") + " errors"
                    : String.join("; ", messages));
        }
        return reasons;
    }
}
