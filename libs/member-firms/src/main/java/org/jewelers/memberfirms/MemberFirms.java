package org.jewelers.memberfirms;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.events.schema.LibrarySchema;

/** Reads this service's copy of the member firms. */
@ApplicationScoped
public class MemberFirms {

    private final DataSource dataSource;

    MemberFirms(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // Before the event consumers start (they run at LIBRARY_BEFORE), so the table exists for the first event.
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        LibrarySchema.migrate(dataSource, MemberFirms.class.getClassLoader(), "member_firms_schema_history",
                "db/member-firms", List.of("V1__create_member_firm.sql"));
    }

    public Optional<MemberFirm> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select id, number, name, kind, standing, good_standing, left_at is not null, city, state
                     from member_firm where id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MemberFirm(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getBoolean(6), row.getBoolean(7), row.getString(8),
                        row.getString(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read member firm " + id, e);
        }
    }

    /** A firm this service has not heard of is not in good standing: the directory is the source of truth. */
    public boolean inGoodStanding(UUID id) {
        return find(id).map(MemberFirm::goodStanding).orElse(false);
    }
}
