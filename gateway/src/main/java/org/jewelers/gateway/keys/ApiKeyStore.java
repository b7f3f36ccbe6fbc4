package org.jewelers.gateway.keys;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.jewelers.gateway.partners.Partner;
import org.jewelers.gateway.partners.PartnerStore;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;

/** The keys in the gateway's own database. Plain JDBC: a few statements on one table need no ORM. */
@Singleton
public class ApiKeyStore {

    private static final String COLUMNS = "id, partner_id, name, prefix, type, allowed_origins, requests_per_minute, "
            + "requests_per_day, max_requests_per_minute, max_requests_per_day, created_at, created_by, rotated_at, "
            + "previous_secret_expires_at, revoked_at";

    private final DataSource database;
    private final PartnerStore partners;

    ApiKeyStore(DataSource database, PartnerStore partners) {
        this.database = database;
        this.partners = partners;
    }

    /** Stores the key, with {@code newPartner} first when the key comes with a partner of its own. */
    void insert(ApiKey key, byte[] secretHash, Partner newPartner) {
        String sql = "INSERT INTO api_key (" + COLUMNS + ", secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "NULL, NULL, NULL, ?)";
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                if (newPartner != null) {
                    partners.insert(connection, newPartner);
                }
                insert.setObject(1, key.id());
                insert.setObject(2, key.partnerId());
                insert.setString(3, key.name());
                insert.setString(4, key.prefix());
                insert.setString(5, key.type().code());
                insert.setArray(6, connection.createArrayOf("text", key.allowedOrigins().toArray()));
                insert.setInt(7, key.requestsPerMinute());
                insert.setInt(8, key.requestsPerDay());
                insert.setInt(9, key.maxRequestsPerMinute());
                insert.setInt(10, key.maxRequestsPerDay());
                insert.setTimestamp(11, Timestamp.from(key.createdAt()));
                insert.setString(12, key.createdBy());
                insert.setBytes(13, secretHash);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store API key " + key.id(), e);
        }
    }

    /** Newest first; only {@code partnerId}'s keys when it is given. */
    Page<ApiKey> list(UUID partnerId, int offset, int size) {
        String where = partnerId == null ? "" : " WHERE partner_id = ?";
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM api_key" + where);
             PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM api_key" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
            int next = 1;
            if (partnerId != null) {
                count.setObject(1, partnerId);
                page.setObject(next++, partnerId);
            }
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            page.setInt(next++, size);
            page.setInt(next, offset);
            List<ApiKey> items = new ArrayList<>();
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    items.add(read(rows));
                }
            }
            return new Page<>(items, total, offset / size, size);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list API keys", e);
        }
    }

    Optional<ApiKey> find(UUID id) {
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement("SELECT " + COLUMNS + " FROM api_key WHERE id = ?")) {
            find.setObject(1, id);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read API key " + id, e);
        }
    }

    /**
     * Reads the key locked (SELECT ... FOR UPDATE), hands it to {@code change} and writes the changeable settings as
     * it answers them, in one transaction: concurrent changes of one key apply one after the other, each computed
     * from what the one before wrote. Empty when the key is gone; whatever {@code change} throws rolls back and
     * reaches the caller.
     */
    Optional<ApiKey> change(UUID id, UnaryOperator<ApiKey> change) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement find = connection.prepareStatement("SELECT " + COLUMNS
                         + " FROM api_key WHERE id = ? FOR UPDATE");
                 PreparedStatement update = connection.prepareStatement("UPDATE api_key SET name = ?, "
                         + "allowed_origins = ?, requests_per_minute = ?, requests_per_day = ?, "
                         + "max_requests_per_minute = ?, max_requests_per_day = ? WHERE id = ? RETURNING " + COLUMNS)) {
                find.setObject(1, id);
                ApiKey changed;
                try (ResultSet rows = find.executeQuery()) {
                    if (!rows.next()) {
                        connection.rollback();
                        return Optional.empty();
                    }
                    changed = change.apply(read(rows));
                }
                update.setString(1, changed.name());
                update.setArray(2, connection.createArrayOf("text", changed.allowedOrigins().toArray()));
                update.setInt(3, changed.requestsPerMinute());
                update.setInt(4, changed.requestsPerDay());
                update.setInt(5, changed.maxRequestsPerMinute());
                update.setInt(6, changed.maxRequestsPerDay());
                update.setObject(7, id);
                ApiKey stored;
                try (ResultSet rows = update.executeQuery()) {
                    rows.next();
                    stored = read(rows);
                }
                connection.commit();
                return Optional.of(stored);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change API key " + id, e);
        }
    }

    /**
     * Gives an active key a new secret; the one it had works until {@code overlapEnds}. A secret from before an
     * earlier rotation stops working now: a key has at most two secrets at once.
     */
    Optional<ApiKey> rotate(UUID id, byte[] newSecretHash, String prefix, Instant at, Instant overlapEnds) {
        try (Connection connection = database.getConnection();
             PreparedStatement rotate = connection.prepareStatement("UPDATE api_key SET previous_secret_hash = "
                     + "secret_hash, previous_secret_expires_at = ?, secret_hash = ?, prefix = ?, rotated_at = ? "
                     + "WHERE id = ? AND revoked_at IS NULL RETURNING " + COLUMNS)) {
            rotate.setTimestamp(1, Timestamp.from(overlapEnds));
            rotate.setBytes(2, newSecretHash);
            rotate.setString(3, prefix);
            rotate.setTimestamp(4, Timestamp.from(at));
            rotate.setObject(5, id);
            try (ResultSet rows = rotate.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not rotate API key " + id, e);
        }
    }

    /** Marks the key revoked (keeping the row, so lists show who had access when); the first revocation counts. */
    Optional<ApiKey> revoke(UUID id, Instant at) {
        try (Connection connection = database.getConnection();
             PreparedStatement revoke = connection.prepareStatement(
                     "UPDATE api_key SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? RETURNING " + COLUMNS)) {
            revoke.setTimestamp(1, Timestamp.from(at));
            revoke.setObject(2, id);
            try (ResultSet rows = revoke.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke API key " + id, e);
        }
    }

    /** The active key whose current or previous secret hashes to {@code secretHash}. */
    Optional<KeyMatch> findActive(byte[] secretHash) {
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement("SELECT " + COLUMNS + ", secret_hash = ? AS current"
                     + " FROM api_key WHERE (secret_hash = ? OR previous_secret_hash = ?) AND revoked_at IS NULL")) {
            find.setBytes(1, secretHash);
            find.setBytes(2, secretHash);
            find.setBytes(3, secretHash);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                ApiKey key = read(rows);
                return Optional.of(new KeyMatch(key, rows.getBoolean("current") ? null : key.previousSecretExpiresAt()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up an API key", e);
        }
    }

    private static ApiKey read(ResultSet row) throws SQLException {
        Array origins = row.getArray("allowed_origins");
        return new ApiKey(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
                row.getString("name"), row.getString("prefix"), Coded.ofCode(ApiKeyType.class, row.getString("type")),
                Arrays.asList((String[]) origins.getArray()), row.getInt("requests_per_minute"),
                row.getInt("requests_per_day"), row.getInt("max_requests_per_minute"),
                row.getInt("max_requests_per_day"), row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"), instant(row, "rotated_at"), instant(row, "previous_secret_expires_at"),
                instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
