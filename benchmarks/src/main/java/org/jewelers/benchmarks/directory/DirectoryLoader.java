package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jewelers.benchmarks.directory.GeneratedDirectory.Firm;
import org.jewelers.benchmarks.directory.GeneratedDirectory.Place;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the generated membership straight into the tables the service's Flyway migrations created, with COPY:
 * loading 100,000 firms through the roster import would take about four minutes. Every column the service writes
 * when a firm joins is filled as it would fill it (version 0 from Hibernate, positions from the order columns,
 * enum columns with Java names), and the read models of honors and open positions get rows as the event consumers
 * would write them. The search computes everything else (listing JSON, distances, similarity) at query time from
 * these columns; the schema has no derived column to fill.
 *
 * <p>Left out, because no read path of the search touches them: the join's history entry and its outbox event.
 */
final class DirectoryLoader {

    /** When the generated firms joined: fixed, so that the data is the same on every run. */
    private static final Instant JOINED = Instant.parse("2026-01-05T09:00:00Z");
    private static final int ROWS_PER_COPY = 20_000;

    private DirectoryLoader() {
    }

    static void load(GeneratedDirectory directory, Connection connection) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copyRows(copy, "member (id, number, name, kind, standing, member_since, code_year, description, website, phone,"
                + " email, show_website, show_phone, show_email, opted_out, left_at, version, created_at, updated_at)",
                directory, (firm, rows) -> rows.add(row(firm.id(), firm.number(), firm.name(), firm.kind(),
                        firm.standing(), firm.memberSince(), firm.codeYear(), firm.description(), firm.website(),
                        firm.phone(), firm.email(), firm.showWebsite(), firm.showPhone(), firm.showEmail(),
                        firm.optedOut(), firm.left() ? JOINED.plusSeconds(86_400 * 30) : null, 0, JOINED, JOINED)));
        copyRows(copy, "location (id, member_id, position, address, city, state, zip, phone, latitude, longitude, time_zone)",
                directory, (firm, rows) -> {
                    for (int position = 0; position < firm.locations().size(); position++) {
                        Place place = firm.locations().get(position);
                        rows.add(row(place.id(), firm.id(), position, place.address(), place.zip().city(),
                                place.zip().state(), place.zip().zip(), place.phone(), place.point().latitude(),
                                place.point().longitude(), place.zip().timeZone().getId()));
                    }
                });
        copyRows(copy, "location_hours (location_id, position, day, opens, closes)", directory, (firm, rows) -> {
            for (Place place : firm.locations()) {
                for (int position = 0; position < place.hours().size(); position++) {
                    GeneratedDirectory.Hours hours = place.hours().get(position);
                    rows.add(row(place.id(), position, hours.day(), hours.opens(), hours.closes()));
                }
            }
        });
        copyRows(copy, "member_service (member_id, service)", directory,
                (firm, rows) -> firm.services().forEach(service -> rows.add(row(firm.id(), service))));
        copyRows(copy, "member_credential (member_id, position, holder, credential, expires_on)", directory, (firm, rows) -> {
            for (int position = 0; position < firm.credentials().size(); position++) {
                GeneratedDirectory.Held held = firm.credentials().get(position);
                rows.add(row(firm.id(), position, held.holder(), held.credential(), held.expiresOn()));
            }
        });
        copyRows(copy, "member_honor (award_id, member_id, program, edition_year, category, title)", directory,
                (firm, rows) -> firm.honors().forEach(honor -> rows.add(row(honor.awardId(), firm.id(), honor.program(),
                        honor.year(), honor.category(), honor.title()))));
        copyRows(copy, "member_job (job_id, member_id, title, open)", directory,
                (firm, rows) -> firm.jobs().forEach(job -> rows.add(row(job.jobId(), firm.id(), job.title(), job.open()))));
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics, as a database that has lived with its data for a while has them.
            statement.execute("vacuum analyze member, location, location_hours, member_service, member_credential,"
                    + " member_honor, member_job");
        }
    }

    private static void copyRows(CopyManager copy, String target, GeneratedDirectory directory,
                                 BiConsumer<Firm, List<String>> rowsOf) throws SQLException, IOException {
        List<String> rows = new ArrayList<>();
        for (Firm firm : directory.firms()) {
            rowsOf.accept(firm, rows);
            if (rows.size() >= ROWS_PER_COPY) {
                flush(copy, target, rows);
            }
        }
        flush(copy, target, rows);
    }

    private static void flush(CopyManager copy, String target, List<String> rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        copy.copyIn("copy " + target + " from stdin", new StringReader(String.join("", rows)));
        rows.clear();
    }

    /** One line of COPY's text format; null is {@code \N}, and no generated value holds a tab or a newline. */
    private static String row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            String text = value == null ? "\\N" : value.toString().replace("\\", "\\\\");
            if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a generated value holds a tab or a newline: " + text);
            }
            line.append(text);
        }
        return line.append('\n').toString();
    }
}
