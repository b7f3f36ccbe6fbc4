package org.jewelers.systemtests.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one table of a committed Markdown file, each row as its cells by column heading. */
public record MarkdownTable(String resource, List<String> headings, List<Row> rows) {

    /** A row and where it is, for messages that send the reader to the right line. */
    public record Row(int line, Map<String, String> cells) {

        public String get(String heading) {
            String cell = cells.get(heading);
            if (cell == null) {
                throw new IllegalArgumentException("line " + line + " has no column " + heading);
            }
            return cell;
        }
    }

    public static MarkdownTable read(String resource) {
        List<String> lines = lines(resource);
        List<String> headings = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (headings == null) {
                headings = cells;
            } else if (cells.stream().allMatch(cell -> cell.matches(":?-+:?"))) {
                continue;
            } else if (cells.size() != headings.size()) {
                throw new IllegalStateException(resource + " line " + (i + 1) + " has " + cells.size()
                        + " cells; the table has " + headings.size() + " columns");
            } else {
                Map<String, String> byHeading = new LinkedHashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    byHeading.put(headings.get(c), cells.get(c));
                }
                rows.add(new Row(i + 1, byHeading));
            }
        }
        if (headings == null) {
            throw new IllegalStateException(resource + " holds no table");
        }
        return new MarkdownTable(resource, headings, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = MarkdownTable.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
