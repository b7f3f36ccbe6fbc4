package org.jewelers.competition.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.problem.Deadline;
import org.jewelers.web.problem.ProblemException;

/**
 * An edition's entry window as it applies to one entrant (of CASE entries and 20 Under 40 nominations alike): it
 * opens with the edition and closes at the edition's deadline, or at a later one staff granted that entrant. A
 * deadline is exclusive: at 23:59:00 in the edition's zone the window is closed.
 */
public record Window(String title, Instant opensAt, Instant closesAt, ZoneId zone) {

    /** The window of an entrant with this extension, or with none (null). */
    public static Window of(Edition edition, Extension extension) {
        return new Window(edition.title, edition.opensAt, extension == null ? edition.closesAt : extension.until,
                edition.zone());
    }

    /**
     * The deadline an extension to {@code until}, a wall-clock time in the edition's zone, grants: in an hour the
     * clocks repeat, its first occurrence. It must be later than the edition's own deadline.
     */
    public static Instant extendedDeadline(Edition edition, LocalDateTime until) {
        Instant deadline = until.atZone(edition.zone()).withEarlierOffsetAtOverlap().toInstant();
        if (!deadline.isAfter(edition.closesAt)) {
            throw ProblemException.invalid("until", "must be after the edition's deadline, "
                    + LocalDateTime.ofInstant(edition.closesAt, edition.zone()) + " " + edition.timeZone);
        }
        return deadline;
    }

    /** Refuses a submit outside the window. */
    /** Whether {@code at} is before this entrant's deadline. */
    public boolean beforeDeadline(Instant at) {
        return at.isBefore(closesAt);
    }

    public void requireOpen(Instant now) {
        if (now.isBefore(opensAt)) {
            throw Deadline.of(opensAt, zone).refusal(CompetitionProblem.WINDOW_NOT_OPEN, "Entries for " + title
                    + " open at " + wallClock(opensAt));
        }
        requireNotClosed(now);
    }

    /** Refuses a change from the deadline on; drafts may be started before the window opens. */
    public void requireNotClosed(Instant now) {
        if (!now.isBefore(closesAt)) {
            throw Deadline.of(closesAt, zone).refusal(CompetitionProblem.WINDOW_CLOSED, "Entries for " + title
                    + " closed at " + wallClock(closesAt));
        }
    }

    /**
     * Refuses to return a submission to its owner for a fix once their deadline has passed: they could not submit
     * it again, and it would stay a draft for good.
     */
    public void requireFixable(Instant now) {
        if (!now.isBefore(closesAt)) {
            throw Deadline.of(closesAt, zone).refusal(CompetitionProblem.FIX_PAST_DEADLINE, "The owner's deadline for "
                    + title + " passed at " + wallClock(closesAt) + "; they could not submit a fix");
        }
    }

    private String wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone) + " " + zone.getId() + " (" + instant + ")";
    }
}
