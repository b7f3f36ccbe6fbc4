package org.jewelers.competition.edition;

/**
 * How the API documents a wall-clock time in an edition's time zone (a {@code LocalDateTime}): a string without
 * offset, which is not the RFC 3339 {@code date-time} the default schema of the type declares.
 */
public final class WallClockTime {

    /** ISO 8601 local date and time as Jackson writes and reads it: seconds and fractions only when not zero. */
    public static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?$";

    private WallClockTime() {
    }
}
