package org.jewelers.directory.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jewelers.audit.AuditEntry;
import org.jewelers.audit.AuditTrail;
import org.jewelers.testing.Infrastructure;
import org.junit.jupiter.api.Test;

/** The members' history kept before the audit trail is in it after the migration, every change and in order. */
class HistoryMigrationTest {

    private static final UUID MEMBER = UUID.fromString("0b9f3c8e-5a41-4c1e-9d2a-7f6e5d4c3b2a");

    @Test
    void everyChangeKeptBeforeIsInTheTrailNewestFirstWithItsReasonApart() throws SQLException {
        DataSource database = Infrastructure.postgres().createDatabase("directory_history_migration").dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    insert into member (id, number, name, kind, standing, member_since, version, created_at, updated_at)
                    values ('%s', 'JA-1', 'Hartwell', 'RETAILER', 'ACTIVE', '1990-01-01', 1, now(), now())""".formatted(MEMBER));
            sql.executeUpdate("""
                    insert into member_history (member_id, at, actor, action, changes) values
                    ('%1$s', '2026-01-01T10:00:00Z', 'staff-1', 'joined', '{"name": {"from": null, "to": "Hartwell"}}'),
                    ('%1$s', '2026-01-02T10:00:00Z', 'staff-2', 'standing-changed: Dues unpaid',
                     '{"standing": {"from": "active", "to": "lapsed"}}'),
                    ('%1$s', '2026-01-03T10:00:00Z', 'staff-3', 'left: Retired', '{}')""".formatted(MEMBER));
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("5").load().migrate();

        List<AuditEntry> trail = new AuditTrail(database, new ObjectMapper(), Clock.systemUTC())
                .of("member", MEMBER, 0, 20).items();
        assertEquals(List.of("left", "standing-changed", "joined"), trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("staff-3", "staff-2", "staff-1"), trail.stream().map(AuditEntry::actor).toList());
        assertEquals("Retired", trail.get(0).reason());
        assertEquals("Dues unpaid", trail.get(1).reason());
        assertNull(trail.get(2).reason());
        assertEquals(Instant.parse("2026-01-02T10:00:00Z"), trail.get(1).at());
        assertEquals("lapsed", trail.get(1).changes().path("standing").path("to").asText());
        assertEquals("Hartwell", trail.get(2).changes().path("name").path("to").asText());
    }
}
