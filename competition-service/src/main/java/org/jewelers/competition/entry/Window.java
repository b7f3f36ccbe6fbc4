package org.jewelers.competition.entry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.problem.Deadline;
import org.jewelers.web.problem.ProblemException;

/**
 * An edition's entry window as it applies to one entrant (of CASE entries and 20 Under 40 nominations alike): the
 * edition's deadline, or a later one staff granted that entrant. A deadline is exclusive: at 23:59:00 in the
 * edition's zone the window is closed.
 */
@ApplicationScoped
public class Window implements PanacheRepositoryBase<Extension, Extension.Key> {

    private final Clock clock;

    Window(Clock clock) {
        this.clock = clock;
    }

    /** Grants, or moves, one entrant's deadline; {@code until} is a wall-clock time in the edition's zone. */
    @Transactional
    public Extension extend(Edition edition, String subject, LocalDateTime until, String staff) {
        Instant deadline = until.atZone(edition.zone()).withEarlierOffsetAtOverlap().toInstant();
        if (!deadline.isAfter(edition.closesAt)) {
            throw ProblemException.invalid("until", "must be after the edition's deadline, "
                    + LocalDateTime.ofInstant(edition.closesAt, edition.zone()) + " " + edition.timeZone);
        }
        Extension extension = findByIdOptional(new Extension.Key(edition.id, subject)).orElseGet(() -> {
            Extension created = new Extension();
            created.key = new Extension.Key(edition.id, subject);
            return created;
        });
        extension.until = deadline;
        extension.grantedBy = staff;
        extension.grantedAt = clock.instant();
        persist(extension);
        return extension;
    }

    public List<Extension> of(Edition edition) {
        return list("key.editionId", edition.id);
    }

    /** The moment this entrant's window closes. */
    Instant deadline(Edition edition, String subject) {
        return findByIdOptional(new Extension.Key(edition.id, subject)).map(e -> e.until).orElse(edition.closesAt);
    }

    /** Refuses a submit outside the entrant's window. */
    public void requireOpen(Edition edition, String subject) {
        Instant now = clock.instant();
        ZoneId zone = edition.zone();
        if (now.isBefore(edition.opensAt)) {
            throw Deadline.of(edition.opensAt, zone).refusal(CompetitionProblem.WINDOW_NOT_OPEN, "Entries for "
                    + edition.title + " open at " + wallClock(edition.opensAt, zone));
        }
        requireNotClosed(edition, subject);
    }

    /** Refuses a change after the entrant's deadline; drafts may be started before the window opens. */
    public void requireNotClosed(Edition edition, String subject) {
        Instant deadline = deadline(edition, subject);
        if (!clock.instant().isBefore(deadline)) {
            ZoneId zone = edition.zone();
            throw Deadline.of(deadline, zone).refusal(CompetitionProblem.WINDOW_CLOSED, "Entries for "
                    + edition.title + " closed at " + wallClock(deadline, zone));
        }
    }

    private static String wallClock(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone) + " " + zone.getId() + " (" + instant + ")";
    }
}
