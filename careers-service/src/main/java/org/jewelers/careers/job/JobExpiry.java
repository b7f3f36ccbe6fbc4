package org.jewelers.careers.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Closes postings past their valid-through date, on a schedule, in small transactions. */
@ApplicationScoped
public class JobExpiry {

    private static final int BATCH = 100;

    private final Jobs jobs;

    JobExpiry(Jobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(identity = "job-expiry", every = "${careers.jobs.expiry-sweep-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweep();
    }

    /** @return how many postings it closed */
    public int sweep() {
        int closed = 0;
        int batch;
        do {
            batch = jobs.expireDue(BATCH);
            closed += batch;
        } while (batch == BATCH);
        return closed;
    }
}
