package org.jewelers.events.schema;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates a shared library's own tables in a service's database. Each library keeps its own Flyway history
 * table and baselines at version 0, so it runs alongside the service's migrations without touching them.
 */
public final class LibrarySchema {

    private LibrarySchema() {
    }

    /**
     * @param historyTable the library's own history table, e.g. {@code events_schema_history}
     * @param location     the classpath folder of its migrations, e.g. {@code db/events}
     * @param files        the migration files in that folder, in order ({@code V1__create_outbox.sql}, ...)
     */
    public static void migrate(DataSource dataSource, ClassLoader classLoader, String historyTable, String location,
                               List<String> files) {
        Flyway.configure(classLoader)
                .dataSource(dataSource)
                .table(historyTable)
                .resourceProvider(new NamedMigrations(classLoader, location, files))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
