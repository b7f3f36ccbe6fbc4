package org.jewelers.competition.submission;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Staff's exports (entries, nominations, results) as CSV with a header row. Every cell that a spreadsheet would read
 * as a formula is escaped, since titles, names and essays are written by entrants and nominators.
 */
public final class CsvSheet {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvSheet() {
    }

    /** The rows under the header {@code columns}, each row's cells in the columns' order. */
    public static String write(List<String> columns, Iterable<List<String>> rows) {
        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).setUseHeader(true).build();
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(schema).writeValues(out)) {
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size() + " columns");
                }
                writer.write(row.stream().map(CsvSheet::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The CSV as a download named {@code fileName}. */
    public static Response attachment(String csv, String fileName) {
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /**
     * OWASP's defence against CSV formula injection: a cell beginning with =, +, -, @ (or a tab or carriage
     * return, which some spreadsheets skip before reading a formula) gets a leading apostrophe, so it is read as
     * text.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
