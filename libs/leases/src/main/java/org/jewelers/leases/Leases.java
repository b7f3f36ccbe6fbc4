package org.jewelers.leases;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * This replica's leases on background work, in the service's database: the one way a scheduled or queued job of the
 * services (roster imports, the job-expiry sweep, the mail sender, the gateway's clean-up of rate windows) makes
 * sure it runs on one replica at a time, and is taken over when that replica dies.
 *
 * <p>Queued work is claimed whole, by the lease of its queue, not row by row by several replicas at once with
 * {@code for update skip locked}: every queue here wants one worker at a time (roster imports must not interleave;
 * the mail sender ends a round at the first refusal, so that an SMTP server that is away costs one timeout a round)
 * and none has the volume that would need more. The outbox relay of libs/events keeps its advisory lock, for the
 * order of each key's events (its class says why).
 *
 * <p>The {@code background_lease} table is the service's own, created by one of its Flyway migrations (careers-service
 * {@code V7__create_background_lease.sql} has the shape), so the library migrates nothing itself.
 */
@ApplicationScoped
public class Leases {

    private final LeaseTable table;
    /** Who this replica is in the lease table: its host name and a suffix of its own run. */
    private final String holder;

    Leases(DataSource dataSource) {
        this.table = new LeaseTable(dataSource);
        this.holder = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @see LeaseTable#runExclusively */
    public boolean runExclusively(String name, Duration duration, Consumer<Lease> work) {
        try {
            return table.runExclusively(name, holder, duration, work);
        } catch (SQLException e) {
            throw new IllegalStateException("lease " + name + " could not be claimed or released", e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
