package org.jewelers.leases;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** This replica's leases on background work, in the service's database. */
@ApplicationScoped
public class Leases {

    private final DataSource dataSource;
    private final LeaseTable table;
    /** Who this replica is in the lease table: its host name and a suffix of its own run. */
    private final String holder;
    private volatile boolean migrated;

    Leases(DataSource dataSource) {
        this.dataSource = dataSource;
        this.table = new LeaseTable(dataSource);
        this.holder = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    // Before anything that runs background work at start-up; the scheduler starts before this, so its first
    // runs migrate too if they come first.
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        migrate();
    }

    private synchronized void migrate() {
        if (!migrated) {
            LeaseTable.migrate(dataSource);
            migrated = true;
        }
    }

    /** @see LeaseTable#runExclusively */
    public boolean runExclusively(String name, Duration duration, Consumer<Lease> work) {
        if (!migrated) {
            migrate();
        }
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
