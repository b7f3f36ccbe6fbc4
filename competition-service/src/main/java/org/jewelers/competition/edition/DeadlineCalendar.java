package org.jewelers.competition.edition;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An edition's deadlines as an iCalendar feed, written in the edition's own time zone (with its VTIMEZONE), so
 * that "June 28, 23:59 America/New_York" shows right in every calendar.
 */
final class DeadlineCalendar {

    private DeadlineCalendar() {
    }

    static String of(Edition edition) {
        ICalendar calendar = EditionCalendar.publishing(edition);
        calendar.setName(edition.title + " deadlines");
        calendar.addEvent(event(edition, "opens", edition.title + ": entries open", edition.opensAt));
        calendar.addEvent(event(edition, "closes", edition.title + ": entry deadline", edition.closesAt));
        Set<String> keys = new HashSet<>();
        for (Milestone milestone : edition.milestones) {
            calendar.addEvent(event(edition, milestoneKey(milestone, keys), edition.title + ": " + milestone.name,
                    milestone.at));
        }
        return EditionCalendar.write(calendar);
    }

    /**
     * Every event carries the edition's version as its SEQUENCE (RFC 5545 3.8.7.4): any change of the edition
     * raises it once, so that a calendar replaces the events it holds instead of adding copies.
     */
    private static VEvent event(Edition edition, String key, String summary, Instant at) {
        Instant changed = edition.updatedAt == null ? edition.createdAt : edition.updatedAt;
        VEvent event = EditionCalendar.event(edition.id + "-" + key, summary, at, changed);
        event.setSequence((int) edition.version);
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
}
