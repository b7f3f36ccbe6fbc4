package org.jewelers.competition.entry;

import java.time.Duration;
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
        CONSENT_LINK_EXPIRED("consent-link-expired", 410, "The consent link has expired"),
        /** A standing quota of the entrant's: waiting does not help, deleting a draft or a file does. */
        QUOTA_EXCEEDED("quota-exceeded", 409, "Quota exceeded"),
        /** A limit per 24 hours: the request succeeds once the oldest counted one leaves the window (Retry-After). */
        DAILY_LIMIT_REACHED("daily-limit-reached", 429, "Daily limit reached"),
        CONFLICTS_AFTER_ENTRIES_SHOWN("conflicts-after-entries-shown", 409,
                "Ties are declared before entries are shown; recuse instead");

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

    /** The bound a quota refusal met: its name, as configured under {@code competition.quotas}, and its value. */
    @Schema(name = "QuotaBound")
    public record Quota(@Schema(example = "drafts-per-edition") String name, @Schema(example = "20") long limit) {
    }

    private final Kind kind;
    private final List<Problem.FieldError> errors;
    private final Deadline deadline;
    private final Quota quota;
    private final Duration retryAfter;

    public EntryRefused(Kind kind, String detail, List<Problem.FieldError> errors, Deadline deadline) {
        this(kind, detail, errors, deadline, null, null);
    }

    private EntryRefused(Kind kind, String detail, List<Problem.FieldError> errors, Deadline deadline, Quota quota,
                         Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.deadline = deadline;
        this.quota = quota;
        this.retryAfter = retryAfter;
    }

    /** A standing quota is used up. */
    public static EntryRefused quotaExceeded(String detail, Quota quota) {
        return new EntryRefused(Kind.QUOTA_EXCEEDED, detail, List.of(), null, quota, null);
    }

    /** A limit per 24 hours is reached, until {@code retryAfter} from now. */
    public static EntryRefused dailyLimitReached(String detail, Quota quota, Duration retryAfter) {
        return new EntryRefused(Kind.DAILY_LIMIT_REACHED, detail, List.of(), null, quota, retryAfter);
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

    public Quota quota() {
        return quota;
    }

    /** Null unless waiting lifts the refusal. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
