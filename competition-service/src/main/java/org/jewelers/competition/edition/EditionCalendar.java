package org.jewelers.competition.edition;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * iCalendar documents of an edition's times, written in the edition's own time zone (with its VTIMEZONE), so that
 * "June 28, 23:59 America/New_York" shows right in every calendar: the edition's deadline feed, and the calendar
 * invitation a judge gets with a round.
 */
public final class EditionCalendar {

    private static final String UID_DOMAIN = "@competitions.jewelers.example";

    private EditionCalendar() {
    }

    /** An empty calendar to publish (METHOD:PUBLISH: events to show, not a meeting to answer) in the edition's zone. */
    public static ICalendar publishing(Edition edition) {
        ZoneId zone = edition.zone();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Jewelers of America//Competitions//EN");
        calendar.setMethod(Method.publish());
        calendar.getTimezoneInfo().setDefaultTimezone(
                new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone, edition)));
        return calendar;
    }

    /**
     * A one-minute event at {@code at}: a deadline is a moment, which calendars show best as a short event.
     *
     * @param key     what makes its UID, which must stay the same for the same event in every copy sent
     * @param stamped its DTSTAMP: when this copy of the event was made
     */
    public static VEvent event(String key, String summary, Instant at, Instant stamped) {
        VEvent event = new VEvent();
        event.setUid(key + UID_DOMAIN);
        event.setSummary(summary);
        event.setDateStart(Date.from(at));
        event.setDateEnd(Date.from(at.plus(Duration.ofMinutes(1))));
        event.setDateTimeStamp(Date.from(stamped));
        return event;
    }

    public static String write(ICalendar calendar) {
        return Biweekly.write(calendar).go();
    }

    /**
     * The zone's offsets around the edition's dates, from the JDK's time-zone rules. They start no later than the
     * edition was opened: some readers (ical4j) take the zone's standard offset from the observance in force when
     * they read the feed, and refuse every time in a zone whose observances all lie in their future.
     */
    private static VTimezone timezone(ZoneId zone, Edition edition) {
        VTimezone timezone = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        Instant yearBefore = LocalDateTime.of(edition.year - 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant opened = LocalDateTime.ofInstant(edition.createdAt, ZoneOffset.UTC).withDayOfYear(1)
                .truncatedTo(ChronoUnit.DAYS).toInstant(ZoneOffset.UTC);
        Instant from = opened.isBefore(yearBefore) ? opened : yearBefore;
        Instant to = LocalDateTime.of(edition.year + 2, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
             t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            timezone.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
            return timezone;
        }
        for (ZoneOffsetTransition t : transitions) {
            boolean daylight = rules.isDaylightSavings(t.getInstant());
            if (daylight) {
                timezone.addDaylightSavingsTime(observance(new DaylightSavingsTime(), t.getDateTimeBefore(),
                        t.getOffsetBefore(), t.getOffsetAfter()));
            } else {
                timezone.addStandardTime(observance(new StandardTime(), t.getDateTimeBefore(),
                        t.getOffsetBefore(), t.getOffsetAfter()));
            }
        }
        return timezone;
    }

    private static <O extends Observance> O observance(O observance, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(before.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(after.getTotalSeconds() * 1000L));
        return observance;
    }
}
