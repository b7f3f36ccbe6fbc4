package org.jewelers.competition.notice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as a notice tells it: the wall-clock time in the edition's zone, named, as the edition announced it. */
public final class NoticeTimes {

    private static final DateTimeFormatter WALL_CLOCK =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

    private NoticeTimes() {
    }

    /** For example {@code Friday, November 6, 2026 at 11:59 PM (America/New_York)}. */
    public static String of(Instant instant, ZoneId zone) {
        return WALL_CLOCK.format(LocalDateTime.ofInstant(instant, zone)) + " (" + zone.getId() + ")";
    }
}
