package org.jewelers.careers.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.leases.Leases;

/**
 * Closes postings past their valid-through date, on a schedule, in small transactions. One replica sweeps at a
 * time, the one holding the lease {@value #LEASE}; the postings themselves are still claimed row by row, so a sweep
 * run by hand beside it closes none twice.
 */
@ApplicationScoped
public class JobExpiry {

    static final String LEASE = "job-expiry";

    private static final int BATCH = 100;

    private final Jobs jobs;
    private final Leases leases;
    private final Duration leaseDuration;

    JobExpiry(Jobs jobs, Leases leases,
              @ConfigProperty(name = "careers.jobs.expiry-lease-duration", defaultValue = "60S") Duration leaseDuration) {
        this.jobs = jobs;
        this.leases = leases;
        this.leaseDuration = leaseDuration;
    }

    @Scheduled(identity = "job-expiry", every = "${careers.jobs.expiry-sweep-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        leases.runExclusively(LEASE, leaseDuration, lease -> sweep());
    }

    /** @return how many postings it closed */
    public int sweep() {
        int closed = 0;
        int batch;
        do {
            batch = jobs.expireDue(BATCH);
            closed += batch;
        } while (batch == BATCH && !Thread.currentThread().isInterrupted());
        return closed;
    }
}
