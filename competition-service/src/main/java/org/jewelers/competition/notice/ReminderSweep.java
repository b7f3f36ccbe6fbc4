package org.jewelers.competition.notice;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.leases.Leases;

/**
 * Runs every {@link Reminder} on a schedule ({@code competition.notices.sweep-every}), on one replica at a time, the
 * one holding the lease {@value #LEASE}. Each reminder sends in batches of {@value #BATCH}, each batch its own
 * transaction, until it has nothing due; a replica that dies mid-sweep leaves what it queued queued and the rest
 * for the next sweep, and the notices' keys keep the two from overlapping.
 */
@ApplicationScoped
public class ReminderSweep {

    static final String LEASE = "notice-sweep";
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(ReminderSweep.class);

    private final List<Reminder> reminders;
    private final Leases leases;
    private final Clock clock;
    private final Duration leaseDuration;

    ReminderSweep(@All List<Reminder> reminders, Leases leases, Clock clock,
                  @ConfigProperty(name = "competition.notices.sweep-lease-duration", defaultValue = "60S")
                  Duration leaseDuration) {
        this.reminders = reminders;
        this.leases = leases;
        this.clock = clock;
        this.leaseDuration = leaseDuration;
    }

    @Scheduled(identity = "notice-sweep", every = "${competition.notices.sweep-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        leases.runExclusively(LEASE, leaseDuration, lease -> sweep());
    }

    /** @return how many notices it queued */
    public int sweep() {
        int queued = 0;
        for (Reminder reminder : reminders) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> reminder.sendDue(clock.instant(), BATCH));
                queued += batch;
            } while (batch == BATCH && !Thread.currentThread().isInterrupted());
            if (queued > 0) {
                LOG.debugf("%s: %d notices queued", reminder.kind().code(), queued);
            }
        }
        return queued;
    }
}
