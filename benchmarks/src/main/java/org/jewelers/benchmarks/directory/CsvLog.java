package org.jewelers.benchmarks.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's CSV log ({@code log_destination = 'csvlog'}): one record per message, fields quoted with doubled
 * quotes inside, and newlines kept inside quoted fields (a multi-line statement stays one record).
 */
final class CsvLog {

    static final int DATABASE = 2;
    static final int PROCESS_ID = 3;
    static final int MESSAGE = 13;
    static final int DETAIL = 14;

    private CsvLog() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        // A record the collector has not finished writing is left out.
        return records.stream().filter(record -> record.size() > DETAIL).toList();
    }
}
