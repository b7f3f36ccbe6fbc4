package org.jewelers.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;

/**
 * The service's audit trail, its {@code audit_trail} table: every status step and field change of every audited
 * subject, written in the caller's transaction (the data source joins it) and read newest first.
 *
 * <p>Plain JDBC rather than an entity: the trail is written next to whatever entities the caller changes, without
 * joining their persistence context, and read as one view whatever the subject. Hibernate Envers was not taken: it
 * keeps a copy of each audited entity's row per revision in a table per entity, with no place for an action, a
 * reason or a status step of its own, so the one view would have to be rebuilt by comparing copies on every read,
 * and the histories kept before it could not be carried over as they are.
 */
@ApplicationScoped
public class AuditTrail {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditTrail(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** A status step of a subject: from one status ({@code null} for its first) to another, and why. */
    public void recordStep(String subjectType, UUID subjectId, String actor, String action, Coded from, Coded to,
                           String reason) {
        insert(subjectType, subjectId, actor, action, from == null ? null : from.code(), to.code(), reason,
                json.createObjectNode());
    }

    /**
     * The field-by-field difference between two snapshots of a subject (any JSON-writable objects of one type;
     * {@code before} is null for a new subject), and why, if the caller knows.
     *
     * @param ignored fields that change with every write (a version) and say nothing to a reader
     */
    public void recordChanges(String subjectType, UUID subjectId, String actor, String action, String reason,
                              Object before, Object after, String... ignored) {
        insert(subjectType, subjectId, actor, action, null, null, reason,
                FieldChanges.between(json, before, after, ignored));
    }

    /** One page of a subject's trail, newest first. */
    public Page<AuditEntry> of(String subjectType, UUID subjectId, int page, int size) {
        try (Connection connection = dataSource.getConnection()) {
            return new Page<>(entries(connection, subjectType, subjectId, page, size),
                    count(connection, subjectType, subjectId), page, size);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail of " + subjectType + " " + subjectId + " is unreadable", e);
        }
    }

    private void insert(String subjectType, UUID subjectId, String actor, String action, String from, String to,
                        String reason, JsonNode changes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into audit_trail (subject_type, subject_id, at, actor, action, from_status, to_status,
                                              reason, changes)
                     values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as json))""")) {
            insert.setString(1, subjectType);
            insert.setObject(2, subjectId);
            insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.setString(4, actor);
            insert.setString(5, action);
            insert.setString(6, from);
            insert.setString(7, to);
            insert.setString(8, reason);
            insert.setString(9, changes.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail of " + subjectType + " " + subjectId + " refused a step", e);
        }
    }

    private List<AuditEntry> entries(Connection connection, String subjectType, UUID subjectId, int page, int size)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select at, actor, action, from_status, to_status, reason, changes from audit_trail
                where subject_type = ? and subject_id = ? order by id desc offset ? limit ?""")) {
            select.setString(1, subjectType);
            select.setObject(2, subjectId);
            select.setLong(3, (long) page * size);
            select.setInt(4, size);
            try (ResultSet rows = select.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                            changes(rows.getString(7))));
                }
                return entries;
            }
        }
    }

    private long count(Connection connection, String subjectType, UUID subjectId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from audit_trail where subject_type = ? and subject_id = ?")) {
            count.setString(1, subjectType);
            count.setObject(2, subjectId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private JsonNode changes(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit trail row's changes are not JSON", e);
        }
    }
}
