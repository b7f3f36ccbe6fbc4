package org.jewelers.gateway.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jewelers.testing.Infrastructure;
import org.junit.jupiter.api.Test;

/**
 * Keys made before keys had types were all used from partner pages: the migration makes them browser keys; and each
 * key made before partners gets a partner of its own.
 */
class KeyTypeMigrationTest {

    @Test
    void aKeyMadeBeforeTypesBecomesABrowserKey() throws SQLException {
        DataSource database = Infrastructure.postgres().createDatabase("gateway_key_types").dataSource();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO api_key (id, name, prefix, secret_hash, allowed_origins, requests_per_minute,
                                         requests_per_day, created_at, created_by)
                    VALUES ('6f1c2f5e-8a0b-4d7e-9a53-3f0f6c1d2b7a', 'Old partner', 'jk_abcdef', '\\x01',
                            ARRAY['https://www.mainstreetjewelers.example'], 120, 20000, now(), 'staff-1')""");
        }
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT type FROM api_key WHERE name = 'Old partner'")) {
            row.next();
            assertEquals("browser", row.getString(1));
        }
        // Partners came later: the key belongs to a partner of its own, named after it, its limits its ceilings.
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT p.name, k.max_requests_per_minute, k.max_requests_per_day "
                     + "FROM api_key k JOIN partner p ON p.id = k.partner_id WHERE k.name = 'Old partner'")) {
            row.next();
            assertEquals("Old partner", row.getString(1));
            assertEquals(120, row.getInt(2));
            assertEquals(20000, row.getInt(3));
        }
    }
}
