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
import javax.sql.DataSource;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;

/** The keys in the gateway's own database. Plain JDBC: four statements on one table need no ORM. */
@Singleton
public class ApiKeyStore {

    private static final String COLUMNS = "id, name, prefix, type, allowed_origins, requests_per_minute, "
            + "requests_per_day, created_at, created_by, revoked_at";

    private final DataSource database;

    ApiKeyStore(DataSource database) {
        this.database = database;
    }

    void insert(ApiKey key, byte[] secretHash) {
        String sql = "INSERT INTO api_key (" + COLUMNS + ", secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, key.id());
            insert.setString(2, key.name());
            insert.setString(3, key.prefix());
            insert.setString(4, key.type().code());
            insert.setArray(5, connection.createArrayOf("text", key.allowedOrigins().toArray()));
            insert.setInt(6, key.requestsPerMinute());
            insert.setInt(7, key.requestsPerDay());
            insert.setTimestamp(8, Timestamp.from(key.createdAt()));
            insert.setString(9, key.createdBy());
            insert.setTimestamp(10, null);
            insert.setBytes(11, secretHash);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store API key " + key.id(), e);
        }
    }

    Page<ApiKey> list(int offset, int size) {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM api_key");
             PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM api_key ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
            long total;
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            page.setInt(1, size);
            page.setInt(2, offset);
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

    Optional<ApiKey> findActive(byte[] secretHash) {
        try (Connection connection = database.getConnection();
             PreparedStatement find = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ? AND revoked_at IS NULL")) {
            find.setBytes(1, secretHash);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up an API key", e);
        }
    }

    private static ApiKey read(ResultSet row) throws SQLException {
        Array origins = row.getArray("allowed_origins");
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new ApiKey(row.getObject("id", UUID.class), row.getString("name"), row.getString("prefix"),
                Coded.ofCode(ApiKeyType.class, row.getString("type")), Arrays.asList((String[]) origins.getArray()), row.getInt("requests_per_minute"),
                row.getInt("requests_per_day"), row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"), revoked == null ? null : revoked.toInstant());
    }
}
