package org.jewelers.gateway.partners;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.web.paging.Page;
import org.jewelers.web.problem.ProblemException;

/** The partners in the gateway's own database, in plain JDBC as the keys are. */
@Singleton
public class PartnerStore {

    private static final String COLUMNS = "id, name, contact_email, created_at, created_by, merged_into";

    private final DataSource database;

    PartnerStore(DataSource database) {
        this.database = database;
    }

    /** Adds a partner; also how a key made without one gets a partner of its own. */
    public void insert(Connection connection, Partner partner) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO partner (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL)")) {
            insert.setObject(1, partner.id());
            insert.setString(2, partner.name());
            insert.setString(3, partner.contactEmail());
            insert.setTimestamp(4, Timestamp.from(partner.createdAt()));
            insert.setString(5, partner.createdBy());
            insert.executeUpdate();
        }
    }

    void insert(Partner partner) {
        try (Connection connection = database.getConnection()) {
            insert(connection, partner);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store partner " + partner.id(), e);
        }
    }

    public Optional<Partner> find(UUID id) {
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement("SELECT " + COLUMNS + " FROM partner WHERE id = ?")) {
            find.setObject(1, id);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read partner " + id, e);
        }
    }

    Page<Partner> list(int offset, int size) {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM partner");
             PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM partner ORDER BY name, id LIMIT ? OFFSET ?")) {
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            page.setInt(1, size);
            page.setInt(2, offset);
            List<Partner> items = new ArrayList<>();
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return new Page<>(items, total, offset / size, size);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list partners", e);
        }
    }

    /**
     * Hands {@code from}'s keys to {@code into} and marks {@code from} merged, in one transaction; merging into a
     * partner that is itself merged, or into itself, is refused.
     */
    Partner merge(UUID from, UUID into) {
        if (from.equals(into)) {
            throw ProblemException.invalid("into", "is the partner being merged");
        }
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<UUID, Partner> both = lock(connection, from, into);
                Partner target = Optional.ofNullable(both.get(into))
                        .orElseThrow(() -> ProblemException.notFound("Partner", into));
                Partner source = Optional.ofNullable(both.get(from))
                        .orElseThrow(() -> ProblemException.notFound("Partner", from));
                if (target.mergedInto() != null) {
                    throw ProblemException.conflict("Partner " + into + " was merged into " + target.mergedInto()
                            + "; merge into that one");
                }
                if (source.mergedInto() != null) {
                    throw ProblemException.conflict("Partner " + from + " is merged already");
                }
                try (PreparedStatement keys = connection.prepareStatement(
                        "UPDATE api_key SET partner_id = ? WHERE partner_id = ?");
                     PreparedStatement mark = connection.prepareStatement(
                             "UPDATE partner SET merged_into = ? WHERE id = ?")) {
                    keys.setObject(1, into);
                    keys.setObject(2, from);
                    keys.executeUpdate();
                    mark.setObject(1, into);
                    mark.setObject(2, from);
                    mark.executeUpdate();
                }
                connection.commit();
                return new Partner(source.id(), source.name(), source.contactEmail(), source.createdAt(),
                        source.createdBy(), into);
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not merge partner " + from, e);
        }
    }

    /** Both partners locked in the order of their ids, so that two opposite merges wait instead of deadlocking. */
    private static Map<UUID, Partner> lock(Connection connection, UUID one, UUID other) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM partner WHERE id IN (?, ?) ORDER BY id FOR UPDATE")) {
            find.setObject(1, one);
            find.setObject(2, other);
            Map<UUID, Partner> found = new HashMap<>();
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    Partner partner = read(rows);
                    found.put(partner.id(), partner);
                }
            }
            return found;
        }
    }

    private static Partner read(ResultSet row) throws SQLException {
        return new Partner(row.getObject("id", UUID.class), row.getString("name"), row.getString("contact_email"),
                row.getTimestamp("created_at").toInstant(), row.getString("created_by"),
                row.getObject("merged_into", UUID.class));
    }
}
