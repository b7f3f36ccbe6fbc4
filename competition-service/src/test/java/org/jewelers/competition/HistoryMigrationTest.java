package org.jewelers.competition;

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

/**
 * The entries' and nominations' status histories kept before the audit trail are in it after the migration, every
 * step in order with its statuses as the API names them; a deleted draft still takes its history with it.
 */
class HistoryMigrationTest {

    private static final UUID EDITION = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");
    private static final UUID ENTRY = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000002");
    private static final UUID DRAFT = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000003");
    private static final UUID NOMINATION = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000004");

    @Test
    void everyStepKeptBeforeIsInTheTrailNewestFirst() throws SQLException {
        DataSource database = Infrastructure.postgres().createDatabase("competition_history_migration").dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("20").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    insert into edition (id, program, year, title, time_zone, opens_at, closes_at, version, created_at)
                    values ('%s', 'CASE_AWARDS', 2026, 'CASE 2026', 'America/Denver', '2026-01-01T00:00:00Z',
                            '2026-03-01T00:00:00Z', 1, now())""".formatted(EDITION));
            for (UUID entry : List.of(ENTRY, DRAFT)) {
                sql.executeUpdate("""
                        insert into entry (id, edition_id, category, owner_subject, no_makers_mark_visible, status,
                                           version, created_at, updated_at)
                        values ('%s', '%s', 'bridal', 'entrant-1', true, 'DRAFT', 1, now(), now())"""
                        .formatted(entry, EDITION));
            }
            sql.executeUpdate("""
                    insert into entry_history (entry_id, at, actor, action, from_status, to_status, reason) values
                    ('%1$s', '2026-01-05T10:00:00Z', 'entrant-1', 'created', null, 'DRAFT', null),
                    ('%1$s', '2026-01-06T10:00:00Z', 'entrant-1', 'submitted', 'DRAFT', 'SUBMITTED', null),
                    ('%1$s', '2026-01-07T10:00:00Z', 'staff-1', 'screened', 'SUBMITTED', 'NOT_SELECTED', 'Too late'),
                    ('%2$s', '2026-01-05T11:00:00Z', 'entrant-1', 'created', null, 'DRAFT', null)"""
                    .formatted(ENTRY, DRAFT));
            sql.executeUpdate("""
                    insert into nomination (id, edition_id, nominated_by, owner_subject, nominee_email, attested,
                                            status, version, created_at, updated_at)
                    values ('%s', '%s', 'COLLEAGUE', 'entrant-2', 'ada@example.com', true, 'AWAITING_CONSENT', 1,
                            now(), now())""".formatted(NOMINATION, EDITION));
            sql.executeUpdate("""
                    insert into nomination_history (nomination_id, at, actor, action, from_status, to_status) values
                    ('%1$s', '2026-01-05T10:00:00Z', 'entrant-2', 'created', null, 'DRAFT'),
                    ('%1$s', '2026-01-05T10:00:00Z', 'entrant-2', 'consent-requested', 'DRAFT', 'AWAITING_CONSENT')"""
                    .formatted(NOMINATION));
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("21").load().migrate();

        AuditTrail trail = new AuditTrail(database, new ObjectMapper(), Clock.systemUTC());
        List<AuditEntry> entry = trail.of("entry", ENTRY, 0, 20).items();
        assertEquals(List.of("screened", "submitted", "created"), entry.stream().map(AuditEntry::action).toList());
        assertEquals("submitted", entry.get(0).from());
        assertEquals("not-selected", entry.get(0).to());
        assertEquals("Too late", entry.get(0).reason());
        assertEquals("staff-1", entry.get(0).actor());
        assertEquals(Instant.parse("2026-01-07T10:00:00Z"), entry.get(0).at());
        assertNull(entry.get(2).from());
        List<AuditEntry> nomination = trail.of("nomination", NOMINATION, 0, 20).items();
        assertEquals(List.of("consent-requested", "created"), nomination.stream().map(AuditEntry::action).toList());
        assertEquals("awaiting-consent", nomination.get(0).to());
        assertEquals(1, trail.of("entry", DRAFT, 0, 20).total());

        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("delete from entry where id = '" + DRAFT + "'");
        }
        assertEquals(0, trail.of("entry", DRAFT, 0, 20).total());
        assertEquals(3, trail.of("entry", ENTRY, 0, 20).total());
    }
}
