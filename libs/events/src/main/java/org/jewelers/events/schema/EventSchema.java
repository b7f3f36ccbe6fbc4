package org.jewelers.events.schema;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Migrates the library's own tables (outbox, inbox, read-model versions). It keeps its own history table and
 * baselines at version 0, so it runs alongside a service's Flyway migrations without touching them.
 */
public final class EventSchema {

    public static final String HISTORY_TABLE = "events_schema_history";

    private EventSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure(EventSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .resourceProvider(new EventMigrations(EventSchema.class.getClassLoader()))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
