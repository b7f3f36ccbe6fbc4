package org.jewelers.careers.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The article revisions kept before the audit trail are in it after the migration, every one and in order. */
class ArticleHistoryMigrationTest {

    private static final UUID ARTICLE = UUID.fromString("5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d");

    @Test
    void everyRevisionKeptBeforeIsInTheTrailNewestFirst() throws SQLException {
        DataSource database = Infrastructure.postgres().createDatabase("careers_history_migration").dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("5").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    insert into article (id, slug, kind, title, summary, body, state, created_at, updated_at, version)
                    values ('%s', 'bench-basics', 'ARTICLE', 'Bench basics', 'Basics', 'Body', 'DRAFT', now(), now(), 2)"""
                    .formatted(ARTICLE));
            sql.executeUpdate("""
                    insert into article_revision (article_id, at, actor, action, changes) values
                    ('%1$s', '2026-01-01T10:00:00Z', 'staff-1', 'created', '{"title": {"from": null, "to": "Bench basics"}}'),
                    ('%1$s', '2026-01-02T10:00:00Z', 'staff-2', 'edited',
                     '{"slug": {"from": "bench", "to": "bench-basics"}}')""".formatted(ARTICLE));
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("6").load().migrate();

        List<AuditEntry> trail = new AuditTrail(database, new ObjectMapper(), Clock.systemUTC())
                .of("article", ARTICLE, 0, 20).items();
        assertEquals(List.of("edited", "created"), trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("staff-2", "staff-1"), trail.stream().map(AuditEntry::actor).toList());
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), trail.get(1).at());
        assertEquals("bench-basics", trail.get(0).changes().path("slug").path("to").asText());
        assertEquals("Bench basics", trail.get(1).changes().path("title").path("to").asText());
    }
}
