package org.jewelers.directory.roster;

import java.util.Map;

/**
 * One row of a roster: its line in the file (the header is line 1), its cells by column, and what makes it
 * unreadable, if anything.
 */
record RosterRow(int line, Map<String, String> cells, String malformed) {

    /** The cell's value without surrounding spaces; null when the cell is empty. */
    String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
