package org.jewelers.competition.problem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.WallClockTime;
import org.jewelers.web.problem.ProblemException;

/** The deadline that applied, in UTC and in the edition's zone: the extension member of a window refusal. */
@Schema(name = "Deadline")
public record Deadline(@Schema(example = "2027-06-29T03:59:00Z") Instant instant,
                       @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-06-28T23:59")
                       LocalDateTime local,
                       @Schema(example = "America/New_York") String timeZone) {

    public static Deadline of(Instant instant, ZoneId zone) {
        return new Deadline(instant, LocalDateTime.ofInstant(instant, zone), zone.getId());
    }

    /** Refuses with a window's {@code kind}, naming this deadline. */
    public ProblemException refusal(CompetitionProblem kind, String detail) {
        return new ProblemException(kind, detail).with("deadline", this);
    }
}
