package org.jewelers.gateway.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Request counts per limit and window in PostgreSQL, shared by every gateway process. One statement adds a whole
 * batch of local counts and reads back the totals, so a process costs the database one round trip per sync, not
 * one per request.
 */
public class SharedCounters {

    /** A local count to add to a window's total. */
    public record Increment(String bucket, Instant windowStart, long count) {
    }

    private static final String ADD = """
            INSERT INTO rate_counter (bucket, window_start, count)
            SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::bigint[])
            ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_counter.count + excluded.count
            RETURNING bucket, window_start, count""";

    private final DataSource database;

    public SharedCounters(DataSource database) {
        this.database = database;
    }

    /**
     * Adds the increments (sorted, so that two processes lock rows in the same order and never deadlock) and
     * answers each window's total across all processes.
     */
    public Map<Window, Long> add(List<Increment> increments) throws SQLException {
        List<Increment> sorted = increments.stream()
                .sorted((a, b) -> a.bucket().equals(b.bucket()) ? a.windowStart().compareTo(b.windowStart())
                        : a.bucket().compareTo(b.bucket()))
                .toList();
        try (Connection connection = database.getConnection();
             PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setArray(1, connection.createArrayOf("text",
                    sorted.stream().map(Increment::bucket).toArray()));
            add.setArray(2, connection.createArrayOf("timestamptz",
                    sorted.stream().map(i -> Timestamp.from(i.windowStart())).toArray()));
            add.setArray(3, connection.createArrayOf("bigint",
                    sorted.stream().map(Increment::count).toArray()));
            Map<Window, Long> totals = new HashMap<>();
            try (ResultSet rows = add.executeQuery()) {
                while (rows.next()) {
                    totals.put(new Window(rows.getString(1), rows.getTimestamp(2).toInstant()), rows.getLong(3));
                }
            }
            return totals;
        }
    }

    /** Drops windows that ended before the given moment; nothing reads them again. */
    public void forgetBefore(Instant moment) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM rate_counter WHERE window_start < ?")) {
            delete.setTimestamp(1, Timestamp.from(moment));
            delete.executeUpdate();
        }
    }

    /** One fixed window of one limit. */
    public record Window(String bucket, Instant start) {
    }
}
