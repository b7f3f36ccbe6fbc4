package org.jewelers.competition.entry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.WallClockTime;
import org.jewelers.web.problem.Problem;

/**
 * A competition rule refused an entrant's request. Each kind has its own stable problem type, so that a client can
 * tell a closed window from an ineligible entry without reading the text.
 */
public class EntryRefused extends RuntimeException {

    /** The competition's problem types, beside the shared ones of {@link org.jewelers.web.problem.ProblemType}. */
    public enum Kind {
        WINDOW_NOT_OPEN("entry-window-not-open", 409, "The entry window has not opened"),
        WINDOW_CLOSED("entry-window-closed", 409, "The entry window is closed"),
        INELIGIBLE("entry-ineligible", 422, "The entry is not eligible"),
        IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused for another request"),
        NOMINATION_INELIGIBLE("nomination-ineligible", 422, "The nominee is not eligible"),
        CONSENT_LINK_EXPIRED("consent-link-expired", 410, "The consent link has expired");

        private final String slug;
        private final int status;
        private final String title;

        Kind(String slug, int status, String title) {
            this.slug = slug;
            this.status = status;
            this.title = title;
        }

        public String uri() {
            return "https://jewelers.example/problems/" + slug;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    /** The deadline that applied, in UTC and in the edition's zone, for window problems. */
    @Schema(name = "Deadline")
    public record Deadline(@Schema(example = "2027-06-29T03:59:00Z") Instant instant,
                           @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-06-28T23:59")
                           LocalDateTime local,
                           @Schema(example = "America/New_York") String timeZone) {

        static Deadline of(Instant instant, ZoneId zone) {
            return new Deadline(instant, LocalDateTime.ofInstant(instant, zone), zone.getId());
        }
    }

    private final Kind kind;
    private final List<Problem.FieldError> errors;
    private final Deadline deadline;

    public EntryRefused(Kind kind, String detail, List<Problem.FieldError> errors, Deadline deadline) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.deadline = deadline;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Deadline deadline() {
        return deadline;
    }
}
