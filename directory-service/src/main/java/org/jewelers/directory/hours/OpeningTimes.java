package org.jewelers.directory.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jewelers.directory.listing.Listing;

/**
 * When a location is open, from its listed weekly hours and dated exceptions: the rule the search's open-now filter
 * states in SQL ({@code location_open_at}, migration V7), here to find the next change as well. Each interval
 * belongs to the day it opens on: that day's exception, if it has one, replaces the weekday's intervals, and an
 * interval whose closing time is not after its opening time closes on the next day. Intervals that touch or
 * overlap, a late one running into the next day's first one, are one opening.
 */
public final class OpeningTimes {

    /** How far ahead the next opening is looked for: past a year, a closed location shows no opening time. */
    static final int HORIZON_DAYS = 366;

    private OpeningTimes() {
    }

    public static Opening at(Listing.LocationView location, Instant now) {
        List<Listing.Hours> weekly = location.hours() == null ? List.of() : location.hours();
        List<Listing.HoursException> dated = location.exceptions() == null ? List.of() : location.exceptions();
        ZoneId zone = ZoneId.of(location.timeZone());
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate today = local.toLocalDate();
        Map<LocalDate, Listing.HoursException> exceptions = dated.stream()
                .collect(Collectors.toMap(Listing.HoursException::date, Function.identity(), (a, b) -> a));
        Listing.HoursException todays = exceptions.get(today);
        if (weekly.isEmpty() && dated.isEmpty()) {
            return new Opening(Opening.Status.UNKNOWN, null, null, todays);
        }
        LocalDate last = today.plusDays(HORIZON_DAYS);
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (LocalDate day = today.minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span interval : intervals(day, weekly, exceptions)) {
                if (start != null && !interval.opens().isAfter(end)) {
                    end = interval.closes().isAfter(end) ? interval.closes() : end;
                    continue;
                }
                Opening decided = start == null ? null : decide(start, end, local, zone, todays, last);
                if (decided != null) {
                    return decided;
                }
                start = interval.opens();
                end = interval.closes();
            }
            // The next day's intervals start at its midnight at the earliest: an opening ending before can be judged.
            if (start != null && end.isBefore(day.plusDays(1).atStartOfDay())) {
                Opening decided = decide(start, end, local, zone, todays, last);
                if (decided != null) {
                    return decided;
                }
                start = null;
            }
        }
        Opening decided = start == null ? null : decide(start, end, local, zone, todays, last);
        return decided != null ? decided : new Opening(Opening.Status.CLOSED, null, null, todays);
    }

    /** The opening from start to end as seen at {@code now}: open, closed until it starts, or null if it is over. */
    private static Opening decide(LocalDateTime start, LocalDateTime end, LocalDateTime now, ZoneId zone,
                                  Listing.HoursException today, LocalDate last) {
        if (!end.isAfter(now)) {
            return null;
        }
        if (start.isAfter(now)) {
            return new Opening(Opening.Status.CLOSED, zoned(start, zone), null, today);
        }
        // Open past the horizon (around the clock): no closing time to show.
        return new Opening(Opening.Status.OPEN, null, end.isAfter(last.atStartOfDay()) ? null : zoned(end, zone), today);
    }

    /** The intervals that open on a day, by opening time, as local date-times from opening to closing. */
    private static List<Span> intervals(LocalDate day, List<Listing.Hours> weekly,
                                                   Map<LocalDate, Listing.HoursException> exceptions) {
        List<Span> intervals = new ArrayList<>();
        Listing.HoursException exception = exceptions.get(day);
        if (exception != null) {
            if (exception.hours() != null) {
                exception.hours().forEach(h -> intervals.add(interval(day, h.opens(), h.closes())));
            }
        } else {
            int weekday = day.getDayOfWeek().getValue();
            weekly.stream().filter(h -> h.day() == weekday)
                    .forEach(h -> intervals.add(interval(day, h.opens(), h.closes())));
        }
        intervals.sort(Comparator.comparing(Span::opens));
        return intervals;
    }

    private static Span interval(LocalDate day, LocalTime opens, LocalTime closes) {
        return new Span(day.atTime(opens), (closes.isAfter(opens) ? day : day.plusDays(1)).atTime(closes));
    }

    /** An interval as local date-times, its closing one on the next day when it runs past midnight. */
    private record Span(LocalDateTime opens, LocalDateTime closes) {
    }

    private static OffsetDateTime zoned(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime();
    }
}
