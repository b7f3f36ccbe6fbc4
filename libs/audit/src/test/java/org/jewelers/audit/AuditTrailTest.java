package org.jewelers.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.testing.Infrastructure;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;
import org.junit.jupiter.api.Test;

/** Status steps and field changes of subjects, written to and read back from one real PostgreSQL table. */
class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456Z");

    private enum Status implements Coded {
        DRAFT("draft"), AWAITING_CONSENT("awaiting-consent");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private record Firm(String name, String website, long version) {
    }

    private final AuditTrail trail;

    AuditTrailTest() throws IOException, SQLException {
        DataSource database = Infrastructure.postgres().createDatabase("audit_trail").dataSource();
        try (InputStream ddl = getClass().getResourceAsStream("/audit_trail.sql");
             Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        trail = new AuditTrail(database, new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void statusStepsReadNewestFirstWithTheirStatusCodes() {
        UUID nomination = UUID.randomUUID();
        trail.recordStep("nomination", nomination, "entrant-1", "created", null, Status.DRAFT, null);
        trail.recordStep("nomination", nomination, "entrant-1", "consent-requested", Status.DRAFT,
                Status.AWAITING_CONSENT, "Asked by email");

        Page<AuditEntry> history = trail.of("nomination", nomination, 0, 20);

        assertEquals(2, history.total());
        assertEquals(List.of("consent-requested", "created"), history.items().stream().map(AuditEntry::action).toList());
        AuditEntry newest = history.items().get(0);
        assertEquals("draft", newest.from());
        assertEquals("awaiting-consent", newest.to());
        assertEquals("Asked by email", newest.reason());
        assertEquals(NOW, newest.at());
        assertEquals("entrant-1", newest.actor());
        assertTrue(newest.changes().isObject() && newest.changes().isEmpty(), "a status step changes no field");
        assertNull(history.items().get(1).from());
    }

    @Test
    void fieldChangesNameEachChangedFieldButNotTheIgnoredOnes() {
        UUID member = UUID.randomUUID();
        trail.recordChanges("member", member, "staff-1", "joined", null, null, new Firm("Hartwell", null, 1), "version");
        trail.recordChanges("member", member, "staff-7", "updated", "Renamed by its owners",
                new Firm("Hartwell", null, 1), new Firm("Hartwell & Sons", "https://hartwell.example", 2), "version");

        AuditEntry updated = trail.of("member", member, 0, 20).items().get(0);

        assertEquals("updated", updated.action());
        assertEquals("Renamed by its owners", updated.reason());
        assertEquals("Hartwell", updated.changes().path("name").path("from").asText());
        assertEquals("Hartwell & Sons", updated.changes().path("name").path("to").asText());
        assertTrue(updated.changes().path("website").path("from").isNull());
        assertTrue(updated.changes().path("version").isMissingNode(), "the version is ignored");
        assertNull(updated.from());
        assertNull(updated.to());
    }

    @Test
    void aPageHoldsOnlyItsSubjectsStepsAndCountsThemAll() {
        UUID entry = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            trail.recordStep("entry", entry, "staff-1", "step-" + i, null, Status.DRAFT, null);
        }
        trail.recordStep("entry", other, "staff-1", "elsewhere", null, Status.DRAFT, null);
        trail.recordStep("nomination", entry, "staff-1", "another-kind", null, Status.DRAFT, null);

        Page<AuditEntry> second = trail.of("entry", entry, 1, 2);

        assertEquals(5, second.total());
        assertEquals(List.of("step-2", "step-1"), second.items().stream().map(AuditEntry::action).toList());
    }
}
