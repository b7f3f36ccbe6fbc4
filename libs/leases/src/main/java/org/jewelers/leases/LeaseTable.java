package org.jewelers.leases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Named leases on background work in a service's database, shared by all its replicas. A lease is claimed with
 * {@code for update skip locked} and held until it expires, by the database's clock so that the replicas' clocks
 * do not matter; its holder renews it while it works, and a holder that dies lets it expire, after which another
 * replica takes it over.
 */
public final class LeaseTable {

    private static final Logger LOG = Logger.getLogger(LeaseTable.class);

    /** One thread renews every lease this process holds: a renewal is one short update. */
    private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lease-renewals");
        thread.setDaemon(true);
        return thread;
    });

    private final DataSource dataSource;

    public LeaseTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the lease if nobody holds it, or its holder let it expire. Not re-entrant: a holder that asks again
     * while it holds the lease is refused like anyone else. Runs in a transaction of its own, so call it outside
     * any other.
     *
     * @return the lease, held for {@code duration} from now; empty when another holder has it
     */
    public Optional<Lease> tryAcquire(String name, String holder, Duration duration) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<Lease> lease = acquire(connection, name, holder, duration);
                connection.commit();
                return lease;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Runs {@code work} on this thread if the lease can be taken, renewing it every third of its duration while
     * the work runs and releasing it after. When a renewal finds the lease taken over (this process was paused
     * past its expiry, or the database was out of reach that long), the working thread is interrupted; what the
     * work writes should also go through {@link Lease#confirm}, which refuses a lost lease.
     *
     * @return false, without running the work, when another holder has the lease
     */
    public boolean runExclusively(String name, String holder, Duration duration, Consumer<Lease> work)
            throws SQLException {
        Optional<Lease> acquired = tryAcquire(name, holder, duration);
        if (acquired.isEmpty()) {
            return false;
        }
        Lease lease = acquired.get();
        Renewals renewals = new Renewals(lease, Thread.currentThread());
        long every = Math.max(1, duration.toMillis() / 3);
        ScheduledFuture<?> schedule = RENEWALS.scheduleAtFixedRate(renewals, every, every, TimeUnit.MILLISECONDS);
        try {
            work.accept(lease);
        } finally {
            schedule.cancel(false);
            renewals.stop();
            lease.release();
        }
        return true;
    }

    /** Renews a lease while its work runs, and interrupts the work when the lease turns out lost. */
    private static final class Renewals implements Runnable {

        private final Lease lease;
        private final Thread worker;
        private boolean stopped;

        Renewals(Lease lease, Thread worker) {
            this.lease = lease;
            this.worker = worker;
        }

        @Override
        public synchronized void run() {
            if (stopped || lease.lost()) {
                return;
            }
            try {
                if (!lease.renew()) {
                    LOG.warnf("lease %s of %s was taken over; stopping its work", lease.name(), lease.holder());
                    worker.interrupt();
                }
            } catch (SQLException e) {
                // The work's own writes confirm the lease; a renewal that fails for now is tried again.
                LOG.warnf("lease %s of %s not renewed: %s", lease.name(), lease.holder(), e.getMessage());
            }
        }

        /** On the working thread, once the work has returned: the interrupt meant for it must not outlive it. */
        synchronized void stop() {
            stopped = true;
            if (lease.lost()) {
                Thread.interrupted();
            }
        }
    }

    private Optional<Lease> acquire(Connection connection, String name, String holder, Duration duration)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into background_lease (name) values (?) on conflict (name) do nothing")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select expires_at > clock_timestamp() from background_lease where name = ?
                for update skip locked""")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                // A row another replica has locked is being claimed or confirmed by it right now.
                if (!row.next() || row.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update background_lease set holder = ?, fence = fence + 1, acquired_at = clock_timestamp(),
                  expires_at = clock_timestamp() + make_interval(secs => ?)
                where name = ? returning fence""")) {
            update.setString(1, holder);
            update.setDouble(2, duration.toMillis() / 1000.0);
            update.setString(3, name);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return Optional.of(new Lease(dataSource, name, holder, row.getLong(1), duration));
            }
        }
    }
}
