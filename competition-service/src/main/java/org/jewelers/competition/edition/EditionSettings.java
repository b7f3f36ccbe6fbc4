package org.jewelers.competition.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jewelers.competition.notice.ReminderSlot;

/**
 * What staff set of an edition, as its history compares it before and after a change: times as the wall-clock
 * times staff sent, in the edition's zone.
 */
record EditionSettings(String title, LocalDateTime opens, LocalDateTime closes, LocalDateTime resultsPublish,
                       LocalDate ageCutoff, List<EditionView.CategoryView> categories, List<MilestoneSetting> milestones,
                       List<String> draftReminders, FeeSchedule fees,
                       CustodySettings custody) {

    /** A dated step as staff set it. */
    record MilestoneSetting(String name, LocalDateTime at) {
    }

    static EditionSettings of(Edition edition) {
        ZoneId zone = edition.zone();
        return new EditionSettings(edition.title, local(edition.opensAt, zone), local(edition.closesAt, zone),
                edition.resultsPublishAt == null ? null : local(edition.resultsPublishAt, zone), edition.ageCutoff,
                categories(edition.categories), milestones(edition.milestones, zone),
                edition.draftReminderSlots().stream().map(ReminderSlot::offset).toList(), FeeSchedule.of(edition),
                CustodySettings.of(edition));
    }

    static List<EditionView.CategoryView> categories(List<Category> categories) {
        return categories.stream().map(EditionView.CategoryView::of).toList();
    }

    static List<MilestoneSetting> milestones(List<Milestone> milestones, ZoneId zone) {
        return milestones.stream().map(m -> new MilestoneSetting(m.name, local(m.at, zone))).toList();
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
