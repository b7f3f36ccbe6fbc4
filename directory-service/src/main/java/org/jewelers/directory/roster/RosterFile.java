package org.jewelers.directory.roster;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * A roster as an association management system exports it: one row per location, the firm's fields repeated on
 * each of its rows. Columns are found by their header name, so their order does not matter and extra ones are
 * ignored.
 */
final class RosterFile {

    static final String MEMBER_NUMBER = "member_number";

    /** Firm columns: every row of one member must agree on them. */
    static final List<String> FIRM_COLUMNS = List.of(MEMBER_NUMBER, "name", "kind", "standing", "member_since",
            "website", "phone", "email", "services");

    static final List<String> REQUIRED_COLUMNS = List.of(MEMBER_NUMBER, "name", "kind", "standing", "member_since",
            "website", "phone", "email", "services", "location_address", "location_city", "location_state",
            "location_zip", "location_phone");

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final List<RosterRow> rows;

    private RosterFile(List<RosterRow> rows) {
        this.rows = rows;
    }

    /** Refuses, before it is accepted as a job, a file that is not CSV or whose header lacks a required column. */
    static void checkHeader(byte[] content) {
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(content)) {
            List<String> header = lines.hasNextValue() ? List.of(lines.nextValue()) : List.of();
            List<Problem.FieldError> missing = REQUIRED_COLUMNS.stream()
                    .filter(column -> header.stream().noneMatch(name -> name.strip().equals(column)))
                    .map(column -> new Problem.FieldError(column, "is a required column but the header lacks it"))
                    .toList();
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        } catch (JacksonException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The file is not CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every row; a row that cannot be read is kept with the reason, so that it is reported, not skipped. */
    static RosterFile read(byte[] content) throws IOException {
        List<RosterRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(content)) {
            String[] header = lines.nextValue();
            while (lines.hasNextValue()) {
                int line = lines.getParser().currentLocation().getLineNr();
                String[] cells = lines.nextValue();
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < Math.min(header.length, cells.length); i++) {
                    byColumn.put(header[i].strip(), cells[i]);
                }
                String malformed = cells.length == header.length ? null
                        : "has " + cells.length + " cells where the header has " + header.length + " columns";
                rows.add(new RosterRow(line, byColumn, malformed));
            }
        }
        return new RosterFile(rows);
    }

    int rowCount() {
        return rows.size();
    }

    /** The rows of each member, members in the order they first appear; a row without a number stands alone. */
    List<List<RosterRow>> byMember() {
        List<List<RosterRow>> members = new ArrayList<>();
        Map<String, List<RosterRow>> byNumber = new HashMap<>();
        for (RosterRow row : rows) {
            String number = row.cell(MEMBER_NUMBER);
            if (number == null) {
                members.add(List.of(row));
                continue;
            }
            byNumber.computeIfAbsent(number, n -> {
                List<RosterRow> member = new ArrayList<>();
                members.add(member);
                return member;
            }).add(row);
        }
        return members;
    }
}
