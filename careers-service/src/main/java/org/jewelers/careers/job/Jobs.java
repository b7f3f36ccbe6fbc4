package org.jewelers.careers.job;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jewelers.careers.CareersProblem;
import org.jewelers.careers.area.CareerAreas;
import org.jewelers.contracts.EventData;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.jobs.JobClosed;
import org.jewelers.contracts.jobs.JobOpened;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.events.quarkus.Outbox;
import org.jewelers.geo.ZipPlace;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.ProblemException;

/**
 * The rules for job postings. Opening and every closing are announced on the jobs topic, with the posting's
 * version, in the same transaction as the change.
 */
@ApplicationScoped
public class Jobs implements PanacheRepositoryBase<Job, UUID> {

    private final Clock clock;
    private final ZipPlaces zips;
    private final CareerAreas areas;
    private final MemberFirms firms;
    private final Outbox outbox;
    private final EventFactory events;

    Jobs(Clock clock, ZipPlaces zips, CareerAreas areas, MemberFirms firms, Outbox outbox, EventFactory events) {
        this.clock = clock;
        this.zips = zips;
        this.areas = areas;
        this.firms = firms;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public Job post(UUID memberId, NewJob request) {
        requireGoodStanding(memberId);
        requireArea(request.area());
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.memberId = memberId;
        job.title = request.title().strip();
        job.area = request.area();
        job.employmentType = request.employmentType();
        job.description = request.description().strip();
        job.howToApply = request.howToApply().strip();
        place(job, request.zip(), request.city());
        schedule(job, request.validThrough());
        job.postedAt = clock.instant();
        job.updatedAt = job.postedAt;
        persist(job);
        announce(EventTypes.JOB_OPENED, job, new JobOpened(job.id, job.memberId, job.title, job.area, job.city, job.state,
                job.validThrough));
        return job;
    }

    @Transactional
    public Job edit(UUID id, JobPatch patch) {
        if (patch.closeReason() != null) {
            if (patch.edits()) {
                throw ProblemException.invalid("closeReason", "comes alone: a close carries no edits");
            }
            if (patch.closeReason() != CloseReason.FILLED && patch.closeReason() != CloseReason.WITHDRAWN) {
                throw ProblemException.invalid("closeReason", "must be filled or withdrawn");
            }
            Job job = lockOpen(id);
            close(job, patch.closeReason());
            return job;
        }
        Job job = lockOpen(id);
        if (patch.area() != null) {
            requireArea(patch.area());
            job.area = patch.area();
        }
        if (patch.title() != null) {
            job.title = patch.title().strip();
        }
        if (patch.employmentType() != null) {
            job.employmentType = patch.employmentType();
        }
        if (patch.description() != null) {
            job.description = patch.description().strip();
        }
        if (patch.howToApply() != null) {
            job.howToApply = patch.howToApply().strip();
        }
        if (patch.zip() != null) {
            place(job, patch.zip(), patch.city() == null ? null : patch.city());
        } else if (patch.city() != null) {
            job.city = patch.city().strip();
        }
        // A new ZIP may move the posting to another time zone, and so its expiry instant.
        if (patch.validThrough() != null || patch.zip() != null) {
            schedule(job, patch.validThrough() != null ? patch.validThrough() : job.validThrough);
        }
        job.updatedAt = clock.instant();
        return job;
    }

    /** Closes every open posting of a firm, e.g. when it falls out of good standing; joins the caller's transaction. */
    @Transactional
    public int closeOpenPostingsOf(UUID memberId, CloseReason reason) {
        List<Job> open = find("memberId = ?1 and closeReason is null", memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        open.forEach(job -> close(job, reason));
        return open.size();
    }

    /**
     * Closes up to {@code batch} open postings past their expiry. Rows another copy of the service is closing are
     * skipped, not waited for, so that concurrent sweeps never close (and announce) a posting twice.
     *
     * @return how many it closed; fewer than {@code batch} means none are left
     */
    @Transactional
    public int expireDue(int batch) {
        @SuppressWarnings("unchecked")
        List<UUID> due = getEntityManager().createNativeQuery("""
                        select id from job where close_reason is null and expires_at <= :now
                        order by expires_at limit :batch for update skip locked""")
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("batch", batch)
                .getResultList();
        due.forEach(id -> close(findById(id), CloseReason.EXPIRED));
        return due.size();
    }

    public Job require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Job", id));
    }

    public JobView view(Job job) {
        return JobView.of(job, firms.find(job.memberId).map(MemberFirm::name).orElse(null));
    }

    private Job lockOpen(UUID id) {
        Job job = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ProblemException.notFound("Job", id));
        if (!job.isOpen()) {
            throw ProblemException.conflict("Job " + id + " is closed (" + job.closeReason.code() + "); post a new one instead");
        }
        return job;
    }

    private void close(Job job, CloseReason reason) {
        job.closeReason = reason;
        job.closedAt = clock.instant();
        job.updatedAt = job.closedAt;
        announce(EventTypes.JOB_CLOSED, job, new JobClosed(job.id, job.memberId, job.title, job.area, job.city, job.state,
                job.validThrough, reason.code()));
    }

    /**
     * FOR SHARE waits for a standing change being recorded at this moment and holds the firm's row until this
     * posting commits: a new posting and the lapse that closes the firm's postings cannot pass each other unseen.
     */
    private void requireGoodStanding(UUID memberId) {
        List<?> standing = getEntityManager()
                .createNativeQuery("select good_standing from member_firm where id = :id for share")
                .setParameter("id", memberId)
                .getResultList();
        if (standing.isEmpty() || !Boolean.TRUE.equals(standing.get(0))) {
            throw new ProblemException(CareersProblem.EMPLOYER_NOT_IN_GOOD_STANDING, "Member firm " + memberId
                    + " is not in good standing (active or grace) and cannot post jobs");
        }
    }

    private void requireArea(String area) {
        if (!areas.exists(area)) {
            throw ProblemException.invalid("area", "'" + area + "' is not a career area; see /api/v1/career-areas");
        }
    }

    private void place(Job job, String zip, String city) {
        ZipPlace place = zips.find(zip).orElseThrow(() -> ProblemException.invalid("zip", zip + " is not a known US ZIP code"));
        job.zip = zip;
        job.city = city == null || city.isBlank() ? place.city() : city.strip();
        job.state = place.state();
        job.latitude = place.point().latitude();
        job.longitude = place.point().longitude();
        job.timeZone = place.timeZone().getId();
    }

    /** The posting stays open through its last day in its own time zone, as the employer meant it. */
    private void schedule(Job job, LocalDate validThrough) {
        ZoneId zone = ZoneId.of(job.timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (validThrough.isBefore(today)) {
            throw ProblemException.invalid("validThrough", "must be today (" + today + " where the job is) or later");
        }
        // Postings nobody renews go stale; a year is the longest one we let stand unattended.
        if (validThrough.isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("validThrough", "must be at most a year ahead");
        }
        job.validThrough = validThrough;
        job.expiresAt = validThrough.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void announce(String type, Job job, EventData data) {
        // The flush raises the version, so the event carries the version of the change it announces.
        flush();
        outbox.append(events.create(type, job.id.toString(), job.version, data));
    }
}
