package org.jewelers.events.schema;

import java.util.List;
import javax.sql.DataSource;

/** The event backbone's own tables: outbox, inbox of processed events, read-model versions. */
public final class EventSchema {

    public static final String HISTORY_TABLE = "events_schema_history";

    private EventSchema() {
    }

    public static void migrate(DataSource dataSource) {
        LibrarySchema.migrate(dataSource, EventSchema.class.getClassLoader(), HISTORY_TABLE, "db/events",
                List.of("V1__create_outbox.sql", "V2__create_inbox.sql", "V3__create_read_model_versions.sql"));
    }
}
