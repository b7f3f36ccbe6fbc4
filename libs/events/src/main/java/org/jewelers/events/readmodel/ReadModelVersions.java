package org.jewelers.events.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The aggregate version each read model holds, so that an event older than what it already applied (a
 * redelivery after a newer event, or a resend by the relay) is ignored.
 */
public final class ReadModelVersions {

    private static final String ADVANCE = """
            insert into events_read_model_versions (model, aggregate_id, version) values (?, ?, ?)
            on conflict (model, aggregate_id) do update set version = excluded.version, updated_at = now()
            where events_read_model_versions.version < excluded.version""";

    private ReadModelVersions() {
    }

    /**
     * Records the version in the caller's transaction when it is newer than the one held.
     *
     * @return true when the event should be applied; false when the read model already holds this version or a newer one
     */
    public static boolean advance(Connection connection, String model, String aggregateId, long version)
            throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE)) {
            advance.setString(1, model);
            advance.setString(2, aggregateId);
            advance.setLong(3, version);
            return advance.executeUpdate() == 1;
        }
    }
}
