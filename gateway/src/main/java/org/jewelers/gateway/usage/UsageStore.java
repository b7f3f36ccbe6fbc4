package org.jewelers.gateway.usage;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/** Keys' usage per day in the gateway's database, added to by every process's flushes. Plain JDBC, as the keys. */
@Singleton
class UsageStore {

    private static final String ADD_DAY = """
            INSERT INTO key_usage (api_key_id, day, status_2xx, status_3xx, status_4xx, status_5xx, rate_limited,
                                   searches, searches_without_result, latency_buckets)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (api_key_id, day) DO UPDATE SET
                status_2xx = key_usage.status_2xx + excluded.status_2xx,
                status_3xx = key_usage.status_3xx + excluded.status_3xx,
                status_4xx = key_usage.status_4xx + excluded.status_4xx,
                status_5xx = key_usage.status_5xx + excluded.status_5xx,
                rate_limited = key_usage.rate_limited + excluded.rate_limited,
                searches = key_usage.searches + excluded.searches,
                searches_without_result = key_usage.searches_without_result + excluded.searches_without_result,
                latency_buckets = ARRAY(SELECT coalesce(stored, 0) + coalesce(added, 0)
                                        FROM unnest(key_usage.latency_buckets, excluded.latency_buckets)
                                             WITH ORDINALITY AS bucket(stored, added, i)
                                        ORDER BY i)""";

    private static final String ADD_SEARCHES = """
            INSERT INTO key_search_usage (api_key_id, day, dimension, value, searches) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (api_key_id, day, dimension, value)
            DO UPDATE SET searches = key_search_usage.searches + excluded.searches""";

    private static final String STATE = "state";
    private static final String ZIP_PREFIX = "zip3";

    private final DataSource database;

    UsageStore(DataSource database) {
        this.database = database;
    }

    /**
     * Adds the deltas to the stored totals in one transaction: all or none. Sorted by key and day, so that two
     * processes flushing at once lock rows in the same order and never deadlock.
     */
    void add(List<UsageDelta> deltas) throws SQLException {
        List<UsageDelta> sorted = deltas.stream()
                .sorted(Comparator.comparing(UsageDelta::key).thenComparing(UsageDelta::day)).toList();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement days = connection.prepareStatement(ADD_DAY);
                 PreparedStatement searches = connection.prepareStatement(ADD_SEARCHES)) {
                for (UsageDelta delta : sorted) {
                    Date day = Date.valueOf(delta.day());
                    days.setObject(1, delta.key());
                    days.setDate(2, day);
                    for (int i = 0; i < 4; i++) {
                        days.setLong(3 + i, delta.byStatusClass()[i]);
                    }
                    days.setLong(7, delta.rateLimited());
                    days.setLong(8, delta.searches());
                    days.setLong(9, delta.searchesWithoutResult());
                    days.setArray(10, connection.createArrayOf("bigint", trimmed(delta.latencyBuckets())));
                    days.addBatch();
                    addSearches(searches, delta, day, STATE, delta.byState());
                    addSearches(searches, delta, day, ZIP_PREFIX, delta.byZipPrefix());
                }
                days.executeBatch();
                searches.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void addSearches(PreparedStatement searches, UsageDelta delta, Date day, String dimension,
                                    Map<String, Long> counts) throws SQLException {
        for (Map.Entry<String, Long> count : new TreeMap<>(counts).entrySet()) {
            searches.setObject(1, delta.key());
            searches.setDate(2, day);
            searches.setString(3, dimension);
            searches.setString(4, count.getKey());
            searches.setLong(5, count.getValue());
            searches.addBatch();
        }
    }

    /** The buckets up to the last one with a count: the merge adds arrays of any lengths. */
    private static Long[] trimmed(long[] buckets) {
        int length = buckets.length;
        while (length > 0 && buckets[length - 1] == 0) {
            length--;
        }
        Long[] kept = new Long[length];
        for (int i = 0; i < length; i++) {
            kept[i] = buckets[i];
        }
        return kept;
    }

    /** Every day from {@code from} to {@code to}, both included; days without use hold zeros. */
    List<UsageDay> read(UUID key, LocalDate from, LocalDate to) {
        Map<LocalDate, UsageDay> stored = new HashMap<>();
        Map<LocalDate, Map<String, Long>> byState = new HashMap<>();
        Map<LocalDate, Map<String, Long>> byZipPrefix = new HashMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement days = connection.prepareStatement("SELECT day, status_2xx, status_3xx, status_4xx, "
                     + "status_5xx, rate_limited, searches, searches_without_result, latency_buckets FROM key_usage "
                     + "WHERE api_key_id = ? AND day BETWEEN ? AND ?");
             PreparedStatement searches = connection.prepareStatement("SELECT day, dimension, value, searches "
                     + "FROM key_search_usage WHERE api_key_id = ? AND day BETWEEN ? AND ?")) {
            for (PreparedStatement query : List.of(days, searches)) {
                query.setObject(1, key);
                query.setDate(2, Date.valueOf(from));
                query.setDate(3, Date.valueOf(to));
            }
            try (ResultSet rows = searches.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = rows.getDate("day").toLocalDate();
                    Map<LocalDate, Map<String, Long>> dimension = STATE.equals(rows.getString("dimension"))
                            ? byState : byZipPrefix;
                    dimension.computeIfAbsent(day, ignored -> new TreeMap<>())
                            .put(rows.getString("value"), rows.getLong("searches"));
                }
            }
            try (ResultSet rows = days.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = rows.getDate("day").toLocalDate();
                    StatusClasses statuses = new StatusClasses(rows.getLong("status_2xx"), rows.getLong("status_3xx"),
                            rows.getLong("status_4xx"), rows.getLong("status_5xx"));
                    stored.put(day, new UsageDay(day, statuses.total(), statuses, rows.getLong("rate_limited"),
                            rows.getLong("searches"), rows.getLong("searches_without_result"),
                            byState.getOrDefault(day, Map.of()), byZipPrefix.getOrDefault(day, Map.of()),
                            LatencyBuckets.quantileMillis(buckets(rows.getArray("latency_buckets")), 0.95)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the usage of API key " + key, e);
        }
        List<UsageDay> all = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            all.add(stored.getOrDefault(day, UsageDay.none(day)));
        }
        return all;
    }

    private static long[] buckets(Array array) throws SQLException {
        Long[] counts = (Long[]) array.getArray();
        long[] buckets = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            buckets[i] = counts[i];
        }
        return buckets;
    }
}
