package org.jewelers.directory.roster;

import com.fasterxml.jackson.core.JacksonException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jewelers.leases.Lease;
import org.jewelers.leases.LeaseLost;
import org.jewelers.leases.Leases;
import org.jewelers.web.problem.ProblemException;

/**
 * Runs roster imports in the background on a thread of its own: an import is long, and the request threads stay
 * free for the API. Imports run one at a time across every replica of the service, under the lease
 * {@value #LEASE}, because two rosters that name the same member must never interleave. The replica holding the
 * lease runs the queued imports oldest first; one that finds an import still running took the lease over from a
 * replica that died, and runs that import again.
 */
@ApplicationScoped
public class ImportWorker {

    static final String LEASE = "roster-import";

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** Members between two saves of the progress that staff see. */
    private static final int PROGRESS_EVERY = 100;

    private final RosterImports imports;
    private final RosterChecks checks;
    private final MemberUpsert upsert;
    private final Leases leases;
    private final Duration leaseDuration;
    private final Duration pollEvery;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "roster-import"));

    @Inject
    ImportWorker(RosterImports imports, RosterChecks checks, MemberUpsert upsert, Leases leases,
                 @ConfigProperty(name = "directory.roster-imports.lease-duration", defaultValue = "30S")
                 Duration leaseDuration,
                 @ConfigProperty(name = "directory.roster-imports.poll-every", defaultValue = "5S") Duration pollEvery) {
        this.imports = imports;
        this.checks = checks;
        this.upsert = upsert;
        this.leases = leases;
        this.leaseDuration = leaseDuration;
        this.pollEvery = pollEvery;
    }

    /**
     * Polls as well as being woken: an import uploaded to a replica while another held the lease, or left by a
     * replica that died, waits for the next poll.
     */
    void start(@Observes StartupEvent event) {
        worker.scheduleWithFixedDelay(this::runQueued, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An import interrupted here stays running in the database; the lease is released, so another replica resumes it. */
    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** An import was queued: run it now if no replica is running imports. */
    public void wake() {
        worker.execute(this::runQueued);
    }

    private void runQueued() {
        try {
            leases.runExclusively(LEASE, leaseDuration, this::runAll);
        } catch (LeaseLost e) {
            LOG.warnf("roster imports stopped on this replica: %s", e.getMessage());
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would end the polling for good.
            LOG.errorf(e, "roster imports could not be run");
        }
    }

    private void runAll(Lease lease) {
        Optional<RosterImport> next;
        while (!Thread.currentThread().isInterrupted() && (next = imports.startNext(lease)).isPresent()) {
            run(next.get(), lease);
        }
    }

    private void run(RosterImport job, Lease lease) {
        try {
            RosterFile file = RosterFile.read(imports.content(job.id));
            List<List<RosterRow>> members = file.byMember();
            imports.read(job.id, file.rowCount(), members.size(), lease);
            Tally tally = new Tally(job.id);
            for (List<RosterRow> rows : members) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                importMember(rows, job.submittedBy, tally, lease);
                if (tally.done() % PROGRESS_EVERY == 0) {
                    imports.progress(job.id, tally, lease);
                }
            }
            imports.finish(job.id, tally, lease);
        } catch (LeaseLost e) {
            throw e;
        } catch (JacksonException e) {
            imports.fail(job.id, "The file is not valid CSV at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), lease);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "roster import %s failed", job.id);
            imports.fail(job.id, "The import stopped on an unexpected error; it has been logged", lease);
        }
    }

    private void importMember(List<RosterRow> rows, String actor, Tally tally, Lease lease) {
        Verdict verdict = checks.check(rows);
        if (!verdict.valid()) {
            tally.reject(verdict.number(), verdict.reasons());
            return;
        }
        try {
            tally.count(upsert.apply(verdict.member(), actor, lease));
        } catch (LeaseLost e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "roster member %s could not be applied", verdict.number());
            String why = e instanceof ProblemException ? e.getMessage() : "an unexpected error; it has been logged";
            Map<Integer, String> reasons = rows.stream().collect(Collectors.toMap(RosterRow::line,
                    row -> "not applied: " + why));
            tally.reject(verdict.number(), reasons);
        }
    }
}
