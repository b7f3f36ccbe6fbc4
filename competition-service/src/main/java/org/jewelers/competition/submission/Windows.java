package org.jewelers.competition.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.edition.Program;
import org.jewelers.web.problem.ProblemException;

/** Every entrant's window, of every kind of submission: the edition's, or the later deadline staff granted them. */
@ApplicationScoped
public class Windows implements PanacheRepositoryBase<Extension, Extension.Key> {

    private final Clock clock;
    private final Editions editions;

    Windows(Clock clock, Editions editions) {
        this.clock = clock;
        this.editions = editions;
    }

    /**
     * The edition a new draft names, refused unless it is an edition of {@code program} ({@code programName} in the
     * refusal) whose window has not closed for the entrant. {@code request} checks what else the draft names in
     * the edition (its category) before the window is.
     */
    public Edition startable(UUID editionId, Program program, String programName, String subject,
                             Consumer<Edition> request) {
        Edition edition = editions.findByIdOptional(editionId)
                .orElseThrow(() -> ProblemException.invalid("editionId", "is not an edition"));
        if (edition.program != program) {
            throw ProblemException.invalid("editionId", "is not a " + programName + " edition");
        }
        request.accept(edition);
        requireNotClosed(edition, subject);
        return edition;
    }

    /** Grants, or moves, one entrant's deadline; {@code until} is a wall-clock time in the edition's zone. */
    @Transactional
    public Extension extend(Edition edition, String subject, LocalDateTime until, String staff) {
        Extension extension = findByIdOptional(new Extension.Key(edition.id, subject)).orElseGet(() -> {
            Extension created = new Extension();
            created.key = new Extension.Key(edition.id, subject);
            return created;
        });
        extension.until = Window.extendedDeadline(edition, until);
        extension.grantedBy = staff;
        extension.grantedAt = clock.instant();
        persist(extension);
        return extension;
    }

    public List<Extension> of(Edition edition) {
        return list("key.editionId", edition.id);
    }

    /** The window as it applies to this entrant. */
    public Window of(Edition edition, String subject) {
        return Window.of(edition, findByIdOptional(new Extension.Key(edition.id, subject)).orElse(null));
    }

    /** Refuses a submit outside the entrant's window. */
    public void requireOpen(Edition edition, String subject) {
        requireOpen(edition, subject, clock.instant());
    }

    /** Refuses a submit whose window, judged at {@code at} (a paid checkout's creation), was not open. */
    public void requireOpen(Edition edition, String subject, Instant at) {
        of(edition, subject).requireOpen(at);
    }

    /** Refuses a change after the entrant's deadline; drafts may be started before the window opens. */
    public void requireNotClosed(Edition edition, String subject) {
        of(edition, subject).requireNotClosed(clock.instant());
    }
}
