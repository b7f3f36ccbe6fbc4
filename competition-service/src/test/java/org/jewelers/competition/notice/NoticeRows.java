package org.jewelers.competition.notice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The notices decided for an address, read from the table: what the sweep queued, before the mail goes out. */
final class NoticeRows {

    private NoticeRows() {
    }

    /** Each notice of this kind to the address as {@code slot status} ("7d-before queued"), in the order decided. */
    static List<String> of(DataSource database, NoticeKind kind, String recipient) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select slot, status from notice where kind = ? and recipient = lower(?)
                     order by decided_at, slot""")) {
            query.setString(1, kind.code());
            query.setString(2, recipient);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
