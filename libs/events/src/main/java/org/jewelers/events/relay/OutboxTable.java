package org.jewelers.events.relay;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The relay's queries on the outbox table. */
final class OutboxTable {

    private OutboxTable() {
    }

    static List<PendingEvent> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, topic, event_key, payload::text, traceparent
                from events_outbox where sent_at is null order by id limit ?""")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<PendingEvent> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
                return pending;
            }
        }
    }

    static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update events_outbox set sent_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    static int deleteSentBefore(Connection connection, Duration age) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from events_outbox where sent_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, age.toSeconds());
            return delete.executeUpdate();
        }
    }

    static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
