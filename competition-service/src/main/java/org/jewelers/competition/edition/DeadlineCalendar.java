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
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * An edition's deadlines as an iCalendar feed, written in the edition's own time zone (with its VTIMEZONE), so
 * that "June 28, 23:59 America/New_York" shows right in every calendar.
 */
final class DeadlineCalendar {

    private DeadlineCalendar() {
    }

    static String of(Edition edition) {
        ZoneId zone = edition.zone();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Jewelers of America//Competitions//EN");
        calendar.setMethod(Method.publish());
        calendar.setName(edition.title + " deadlines");
        calendar.getTimezoneInfo().setDefaultTimezone(
                new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone, edition)));
        calendar.addEvent(event(edition, "opens", edition.title + ": entries open", edition.opensAt));
        calendar.addEvent(event(edition, "closes", edition.title + ": entry deadline", edition.closesAt));
        for (int i = 0; i < edition.milestones.size(); i++) {
            Milestone milestone = edition.milestones.get(i);
            calendar.addEvent(event(edition, "milestone-" + i, edition.title + ": " + milestone.name, milestone.at));
        }
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(Edition edition, String key, String summary, Instant at) {
        VEvent event = new VEvent();
        event.setUid(edition.id + "-" + key + "@competitions.jewelers.example");
        event.setSummary(summary);
        event.setDateStart(Date.from(at));
        event.setDateEnd(Date.from(at.plus(Duration.ofMinutes(1))));
        event.setDateTimeStamp(Date.from(edition.createdAt));
        return event;
    }

    /** The zone's offsets around the edition's dates, from the JDK's time-zone rules. */
    private static VTimezone timezone(ZoneId zone, Edition edition) {
        VTimezone timezone = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        Instant from = LocalDateTime.of(edition.year - 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
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
