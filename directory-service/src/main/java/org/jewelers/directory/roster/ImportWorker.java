package org.jewelers.directory.roster;

import com.fasterxml.jackson.core.JacksonException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jewelers.web.problem.ProblemException;

/**
 * Runs roster imports in the background, one at a time on a thread of its own: an import is long, the request
 * threads stay free for the API, and two rosters that name the same member never interleave.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** Members between two saves of the progress that staff see. */
    private static final int PROGRESS_EVERY = 100;

    private final RosterImports imports;
    private final RosterChecks checks;
    private final MemberUpsert upsert;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "roster-import"));

    ImportWorker(RosterImports imports, RosterChecks checks, MemberUpsert upsert) {
        this.imports = imports;
        this.checks = checks;
        this.upsert = upsert;
    }

    void resumeUnfinished(@Observes StartupEvent event) {
        imports.unfinished().forEach(this::enqueue);
    }

    /** A job interrupted here stays running in the database, and the next start runs it again. */
    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    public void enqueue(UUID id) {
        worker.execute(() -> run(id));
    }

    private void run(UUID id) {
        String actor = imports.start(id).map(job -> job.submittedBy).orElse(null);
        if (actor == null) {
            return;
        }
        try {
            RosterFile file = RosterFile.read(imports.content(id));
            List<List<RosterRow>> members = file.byMember();
            imports.read(id, file.rowCount(), members.size());
            Tally tally = new Tally(id);
            for (List<RosterRow> rows : members) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                importMember(rows, actor, tally);
                if (tally.done() % PROGRESS_EVERY == 0) {
                    imports.progress(id, tally);
                }
            }
            imports.finish(id, tally);
        } catch (JacksonException e) {
            imports.fail(id, "The file is not valid CSV at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "roster import %s failed", id);
            imports.fail(id, "The import stopped on an unexpected error; it has been logged");
        }
    }

    private void importMember(List<RosterRow> rows, String actor, Tally tally) {
        Verdict verdict = checks.check(rows);
        if (!verdict.valid()) {
            tally.reject(verdict.number(), verdict.reasons());
            return;
        }
        try {
            tally.count(upsert.apply(verdict.member(), actor));
        } catch (RuntimeException e) {
            LOG.warnf(e, "roster member %s could not be applied", verdict.number());
            String why = e instanceof ProblemException ? e.getMessage() : "an unexpected error; it has been logged";
            Map<Integer, String> reasons = rows.stream().collect(Collectors.toMap(RosterRow::line,
                    row -> "not applied: " + why));
            tally.reject(verdict.number(), reasons);
        }
    }
}
