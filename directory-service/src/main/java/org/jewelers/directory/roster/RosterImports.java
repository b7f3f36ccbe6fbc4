package org.jewelers.directory.roster;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jewelers.leases.Lease;

/** Roster import jobs and their files, as kept in the database: whatever was accepted survives a restart. */
@ApplicationScoped
public class RosterImports implements PanacheRepositoryBase<RosterImport, UUID> {

    private static final Logger LOG = Logger.getLogger(RosterImports.class);

    private final Clock clock;

    RosterImports(Clock clock) {
        this.clock = clock;
    }

    /** Accepts a file whose header is complete, as a queued job. */
    @Transactional
    public RosterImport submit(byte[] content, String actor) {
        RosterFile.checkHeader(content);
        RosterImport job = new RosterImport();
        job.id = UUID.randomUUID();
        job.status = ImportStatus.QUEUED;
        job.submittedBy = actor;
        job.submittedAt = clock.instant();
        persist(job);
        flush();
        getEntityManager().createNativeQuery("insert into roster_import_file (import_id, content) values (:id, :content)")
                .setParameter("id", job.id)
                .setParameter("content", content)
                .executeUpdate();
        return job;
    }

    /**
     * Claims the oldest unfinished job for the holder of the import lease. A job found running was left by a
     * replica whose lease expired, so it starts over: importing is idempotent, so the members it had applied count
     * as unchanged the second time.
     */
    @Transactional
    Optional<RosterImport> startNext(Lease lease) {
        hold(lease);
        Optional<RosterImport> next = find("status in ?1", Sort.by("submittedAt"),
                List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        next.ifPresent(job -> {
            if (job.status == ImportStatus.RUNNING) {
                LOG.infof("roster import %s, left running since %s, starts over", job.id, job.startedAt);
            }
            getEntityManager().createQuery("delete from Rejection where importId = :id").setParameter("id", job.id)
                    .executeUpdate();
            job.status = ImportStatus.RUNNING;
            job.startedAt = clock.instant();
            job.rowsRead = 0;
            job.membersInFile = 0;
            save(job, new Tally(job.id));
        });
        return next;
    }

    @Transactional
    byte[] content(UUID id) {
        return (byte[]) getEntityManager().createNativeQuery("select content from roster_import_file where import_id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }

    @Transactional
    void read(UUID id, int rows, int members, Lease lease) {
        hold(lease);
        RosterImport job = findById(id);
        job.rowsRead = rows;
        job.membersInFile = members;
    }

    @Transactional
    void progress(UUID id, Tally tally, Lease lease) {
        hold(lease);
        save(findById(id), tally);
    }

    @Transactional
    void finish(UUID id, Tally tally, Lease lease) {
        hold(lease);
        RosterImport job = findById(id);
        save(job, tally);
        job.status = ImportStatus.DONE;
        job.finishedAt = clock.instant();
    }

    @Transactional
    void fail(UUID id, String failure, Lease lease) {
        hold(lease);
        RosterImport job = findById(id);
        job.status = ImportStatus.FAILED;
        job.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
        job.finishedAt = clock.instant();
    }

    public Optional<ImportReport> report(UUID id) {
        return findByIdOptional(id).map(job -> new ImportReport(job.id, job.status, job.submittedBy, job.submittedAt,
                job.startedAt, job.finishedAt, job.rowsRead, job.membersInFile, job.created, job.updated,
                job.unchanged, job.rejected, job.failure,
                getEntityManager().createQuery("from Rejection where importId = :id order by line", Rejection.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .map(r -> new ImportReport.RejectedRow(r.line, r.memberNumber, r.reason))
                        .toList()));
    }

    /** Writes of an import's progress commit only while this replica holds the import lease. */
    private void hold(Lease lease) {
        getEntityManager().unwrap(Session.class).doWork(lease::confirm);
    }

    private void save(RosterImport job, Tally tally) {
        job.created = tally.created;
        job.updated = tally.updated;
        job.unchanged = tally.unchanged;
        job.rejected = tally.rejected;
        tally.takeUnsaved().forEach(getEntityManager()::persist);
    }
}
