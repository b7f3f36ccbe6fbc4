package org.jewelers.competition.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A reminder's time counted back from a deadline: a number of days ({@code P7D}), which keeps the deadline's local
 * time in the edition's zone across a daylight-saving change (a deadline at 23:59 is reminded at 23:59 a week
 * before), or a number of hours ({@code PT24H}), which is absolute (24 hours are 24 hours, whatever the clocks do).
 *
 * @param offset as written: {@code P<n>D} or {@code PT<n>H}
 */
public record ReminderSlot(String offset) {

    public ReminderSlot {
        offset = offset.strip().toUpperCase(Locale.ROOT);
        if (!offset.matches("P[1-9][0-9]{0,2}D|PT[1-9][0-9]{0,3}H")) {
            throw new IllegalArgumentException("a reminder time is P<days>D or PT<hours>H, at most 999 days or "
                    + "9999 hours: " + offset);
        }
    }

    /** The slot's name in notice keys and views: {@code 7d-before}, {@code 24h-before}. */
    public String name() {
        return offset.startsWith("PT")
                ? offset.substring(2, offset.length() - 1) + "h-before"
                : offset.substring(1, offset.length() - 1) + "d-before";
    }

    /** When the reminder for this deadline is due. */
    public Instant before(Instant deadline, ZoneId zone) {
        try {
            return offset.startsWith("PT")
                    ? deadline.minus(Duration.parse(offset))
                    : deadline.atZone(zone).minus(Period.parse(offset)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
