package org.jewelers.events;

import org.jewelers.events.readmodel.ReadModelVersions;
import org.jewelers.events.schema.EventSchema;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemaTest {

    @Test
    void migratesNextToAServicesOwnFlywayHistoryWithoutTouchingIt() throws Exception {
        TestDatabase database = Infrastructure.postgres().createDatabase("schema");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table flyway_schema_history (installed_rank int primary key, version text)");
            statement.execute("insert into flyway_schema_history values (1, '1')");
            statement.execute("create table members (id uuid primary key)");
        }

        EventSchema.migrate(database.dataSource());
        EventSchema.migrate(database.dataSource());

        assertEquals(1, count(database, "select count(*) from flyway_schema_history"));
        assertEquals(3, count(database, "select count(*) from events_schema_history where success and version::int > 0"));
        assertEquals(0, count(database, "select count(*) from events_outbox")
                + count(database, "select count(*) from events_inbox")
                + count(database, "select count(*) from events_read_model_versions"));
    }

    @Test
    void advancesAReadModelOnlyToANewerVersion() throws Exception {
        TestDatabase database = Infrastructure.postgres().createDatabase("versions");
        EventSchema.migrate(database.dataSource());
        try (Connection connection = database.connect()) {
            assertTrue(ReadModelVersions.advance(connection, "members", "m-1", 2));
            assertFalse(ReadModelVersions.advance(connection, "members", "m-1", 2));
            assertFalse(ReadModelVersions.advance(connection, "members", "m-1", 1));
            assertTrue(ReadModelVersions.advance(connection, "jobs", "m-1", 1));
            assertTrue(ReadModelVersions.advance(connection, "members", "m-1", 3));
        }
        assertEquals(3, count(database, "select version from events_read_model_versions where model = 'members'"));
    }

    private static long count(TestDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
