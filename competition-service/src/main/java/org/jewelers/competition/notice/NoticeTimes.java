package org.jewelers.competition.notice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * A time as a notice states it: on the edition's wall clock, where its people are, and in UTC for those elsewhere.
 * A map, which every template reads as {@code {closes.local} {closes.zone}} and {@code {closes.utc}}; or one line
 * on the wall clock with its zone ({@link #wallClock}).
 */
public final class NoticeTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' HH:mm",
            Locale.US);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WALL_CLOCK =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

    private NoticeTimes() {
    }

    /** {@code local} ("Monday, June 28, 2027 at 23:59"), {@code zone} ("America/New_York") and {@code utc}. */
    public static Map<String, String> of(Instant at, ZoneId zone) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        return Map.of("local", LOCAL.format(minute.atZone(zone)), "zone", zone.getId(), "utc", UTC.format(minute));
    }

    /** For example {@code Friday, November 6, 2026 at 11:59 PM (America/New_York)}. */
    public static String wallClock(Instant instant, ZoneId zone) {
        return WALL_CLOCK.format(LocalDateTime.ofInstant(instant, zone)) + " (" + zone.getId() + ")";
    }
}
