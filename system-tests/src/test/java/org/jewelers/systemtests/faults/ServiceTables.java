package org.jewelers.systemtests.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jewelers.devstack.App;
import org.jewelers.devstack.ServiceDatabase;
import org.jewelers.systemtests.RunningSystem;

/**
 * The checker's reads of each service's own tables, straight from PostgreSQL and never through a fault link: what
 * was committed, which events wait in an outbox, which events a consumer group has processed.
 */
final class ServiceTables {

    /** The events a service's consumer group (named by its suffix) has processed. */
    Set<UUID> processedEvents(App service, String groupSuffix) {
        return ids(service, "select event_id from events_inbox where consumer_group like ?", "%" + groupSuffix);
    }

    long pendingEvents(App service) {
        return query(service, "select count(*) from events_outbox where sent_at is null",
                rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** The standing each member firm has in the service's copy of the directory, by firm id. */
    Map<String, String> memberFirmStandings(App service) {
        return query(service, "select id::text, standing from member_firm", rows -> {
            Map<String, String> standings = new HashMap<>();
            while (rows.next()) {
                standings.put(rows.getString(1), rows.getString(2).toLowerCase());
            }
            return standings;
        });
    }

    /** How many standing changes each operation's reason appears in, in the directory's audit history. */
    Map<String, Integer> standingChangesByReason() {
        return countsBy(App.DIRECTORY, "select substring(reason from 'op-[0-9]+'), count(*) from audit_trail"
                + " where subject_type = 'member' and action = 'standing-changed' and reason like ? group by 1", "op-%");
    }

    /** How many postings carry each fault-job title, in careers. */
    Map<String, Integer> jobsByTitle() {
        return countsBy(App.CAREERS, "select title, count(*) from job where title like ? group by title",
                Clients.JOB_TITLE + "%");
    }

    Set<UUID> careersJobIds() {
        return ids(App.CAREERS, "select id from job where title like ?", Clients.JOB_TITLE + "%");
    }

    Set<UUID> directoryOpenJobIds() {
        return ids(App.DIRECTORY, "select job_id from member_job where open");
    }

    Optional<Integer> score(UUID entry, String judge, String criterion) {
        return query(App.COMPETITION, """
                        select s.value from score s join judge_assignment a on a.id = s.assignment_id
                        where a.entry_id = ? and a.judge_subject = ? and s.criterion = ?""",
                rows -> rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty(), entry, judge, criterion);
    }

    private Map<String, Integer> countsBy(App service, String sql, Object... parameters) {
        return query(service, sql, rows -> {
            Map<String, Integer> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
            return counts;
        }, parameters);
    }

    private Set<UUID> ids(App service, String sql, Object... parameters) {
        return query(service, sql, rows -> {
            Set<UUID> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }, parameters);
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(App service, String sql, Rows<T> reader, Object... parameters) {
        ServiceDatabase database = RunningSystem.database(service);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read " + service.module() + "'s tables: " + sql, e);
        }
    }
}
