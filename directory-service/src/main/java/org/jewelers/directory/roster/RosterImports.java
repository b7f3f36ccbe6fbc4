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

/** Roster import jobs and their files, as kept in the database: whatever was accepted survives a restart. */
@ApplicationScoped
public class RosterImports implements PanacheRepositoryBase<RosterImport, UUID> {

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
     * The jobs the last process left unfinished, oldest first. One it was running starts over: importing is
     * idempotent, so the members it had applied count as unchanged the second time.
     */
    @Transactional
    List<UUID> unfinished() {
        update("status = ?1 where status = ?2", ImportStatus.QUEUED, ImportStatus.RUNNING);
        return find("status", Sort.by("submittedAt"), ImportStatus.QUEUED).stream().map(job -> job.id).toList();
    }

    /** Claims a queued job for the worker; empty when it is not queued (any more). */
    @Transactional
    Optional<RosterImport> start(UUID id) {
        RosterImport job = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.status != ImportStatus.QUEUED) {
            return Optional.empty();
        }
        getEntityManager().createQuery("delete from Rejection where importId = :id").setParameter("id", id).executeUpdate();
        job.status = ImportStatus.RUNNING;
        job.startedAt = clock.instant();
        job.rowsRead = 0;
        job.membersInFile = 0;
        save(job, new Tally(id));
        return Optional.of(job);
    }

    @Transactional
    byte[] content(UUID id) {
        return (byte[]) getEntityManager().createNativeQuery("select content from roster_import_file where import_id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }

    @Transactional
    void read(UUID id, int rows, int members) {
        RosterImport job = findById(id);
        job.rowsRead = rows;
        job.membersInFile = members;
    }

    @Transactional
    void progress(UUID id, Tally tally) {
        save(findById(id), tally);
    }

    @Transactional
    void finish(UUID id, Tally tally) {
        RosterImport job = findById(id);
        save(job, tally);
        job.status = ImportStatus.DONE;
        job.finishedAt = clock.instant();
    }

    @Transactional
    void fail(UUID id, String failure) {
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

    private void save(RosterImport job, Tally tally) {
        job.created = tally.created;
        job.updated = tally.updated;
        job.unchanged = tally.unchanged;
        job.rejected = tally.rejected;
        tally.takeUnsaved().forEach(getEntityManager()::persist);
    }
}
