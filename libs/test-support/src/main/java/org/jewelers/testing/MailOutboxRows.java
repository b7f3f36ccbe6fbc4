package org.jewelers.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What a service's {@code mail_outbox} table (libs/mail) says of one recipient's mail, read as a test sees it. */
public final class MailOutboxRows {

    private MailOutboxRows() {
    }

    /** How often the sender tried to send this recipient's mail: the most attempts of any of its messages. */
    public static int attempts(DataSource database, String recipient) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select coalesce(max(attempts), 0) from mail_outbox where recipient = ?")) {
            select.setString(1, recipient);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
