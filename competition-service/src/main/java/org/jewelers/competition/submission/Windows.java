package org.jewelers.competition.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jewelers.competition.edition.Edition;

/** Every entrant's window, of every kind of submission: the edition's, or the later deadline staff granted them. */
@ApplicationScoped
public class Windows implements PanacheRepositoryBase<Extension, Extension.Key> {

    private final Clock clock;

    Windows(Clock clock) {
        this.clock = clock;
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
        of(edition, subject).requireOpen(clock.instant());
    }

    /** Refuses a change after the entrant's deadline; drafts may be started before the window opens. */
    public void requireNotClosed(Edition edition, String subject) {
        of(edition, subject).requireNotClosed(clock.instant());
    }
}
