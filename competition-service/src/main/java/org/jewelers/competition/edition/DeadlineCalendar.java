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
import java.text.Normalizer;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        Set<String> keys = new HashSet<>();
        for (Milestone milestone : edition.milestones) {
            calendar.addEvent(event(edition, milestoneKey(milestone, keys), edition.title + ": " + milestone.name,
                    milestone.at));
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * Every event carries the edition's version as its SEQUENCE (RFC 5545 3.8.7.4): any change of the edition
     * raises it once, so that a calendar replaces the events it holds instead of adding copies.
     */
    private static VEvent event(Edition edition, String key, String summary, Instant at) {
        Instant changed = edition.updatedAt == null ? edition.createdAt : edition.updatedAt;
        VEvent event = new VEvent();
        event.setUid(edition.id + "-" + key + "@competitions.jewelers.example");
        event.setSequence((int) edition.version);
        event.setSummary(summary);
        event.setDateStart(Date.from(at));
        event.setDateEnd(Date.from(at.plus(Duration.ofMinutes(1))));
        event.setDateTimeStamp(Date.from(changed));
        event.setLastModified(Date.from(changed));
        return event;
    }

    /**
     * A milestone's UID key, from its name rather than its place in the list, so that it stays when staff add,
     * remove or reorder other milestones; a second milestone of the same name gets a number.
     */
    private static String milestoneKey(Milestone milestone, Set<String> taken) {
        String slug = Normalizer.normalize(milestone.name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String key = "milestone-" + (slug.isEmpty() ? "unnamed" : slug);
        String unique = key;
        for (int n = 2; !taken.add(unique); n++) {
            unique = key + "-" + n;
        }
        return unique;
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
