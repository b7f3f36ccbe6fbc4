package org.jewelers.leases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * One acquisition of a named lease. Its fence (a number that grows with every acquisition) tells it apart from
 * every later one, so a holder that was paused past its expiry cannot mistake a lease someone else took over for
 * its own.
 */
public final class Lease {

    private final DataSource dataSource;
    private final String name;
    private final String holder;
    private final long fence;
    private final Duration duration;
    private volatile boolean lost;

    Lease(DataSource dataSource, String name, String holder, long fence, Duration duration) {
        this.dataSource = dataSource;
        this.name = name;
        this.holder = holder;
        this.fence = fence;
        this.duration = duration;
    }

    public String name() {
        return name;
    }

    public String holder() {
        return holder;
    }

    public long fence() {
        return fence;
    }

    /** Whether a renewal found the lease taken over. */
    public boolean lost() {
        return lost;
    }

    /**
     * Extends the lease by its duration from now. A lease that expired but that nobody took over is still this
     * acquisition's, so it is renewed too.
     *
     * @return false when another holder has taken it over
     */
    public boolean renew() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update background_lease set expires_at = clock_timestamp() + make_interval(secs => ?)
                     where name = ? and fence = ?""")) {
            update.setDouble(1, duration.toMillis() / 1000.0);
            update.setString(2, name);
            update.setLong(3, fence);
            boolean renewed = update.executeUpdate() == 1;
            lost = lost || !renewed;
            return renewed;
        }
    }

    /**
     * In the caller's transaction, checks that this acquisition still holds the lease and keeps it from being
     * taken over until that transaction ends: what the transaction writes is written under the lease or not at
     * all. The row is locked for share, so the holder's own renewals wait only for the transaction to end.
     *
     * @throws LeaseLost when another holder has taken it over
     */
    public void confirm(Connection transaction) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(
                "select 1 from background_lease where name = ? and fence = ? for share")) {
            select.setString(1, name);
            select.setLong(2, fence);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    lost = true;
                    throw new LeaseLost(name, fence);
                }
            }
        }
    }

    /** Lets the next holder take the lease at once; does nothing if it was taken over already. */
    public void release() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update background_lease set expires_at = clock_timestamp() where name = ? and fence = ?")) {
            update.setString(1, name);
            update.setLong(2, fence);
            update.executeUpdate();
        }
    }
}
