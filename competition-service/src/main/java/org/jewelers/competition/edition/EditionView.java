package org.jewelers.competition.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.notice.ReminderSlot;

/** An edition as entrants see it: its window, categories and dates, each moment in UTC and in its own zone. */
@Schema(name = "Edition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionView(UUID id, Program program, @Schema(example = "2027") int year,
                          @Schema(example = "CASE Awards 2027") String title,
                          @Schema(example = "America/New_York") String timeZone,
                          EditionStatus status, Moment opens, Moment closes, LocalDate ageCutoff,
                          @Schema(description = "When the results become public; absent while not scheduled") Moment resultsPublish,
                          List<CategoryView> categories, List<MilestoneView> milestones,
                          @Schema(description = "When holders of unsubmitted drafts are reminded, counted back from "
                                  + "each one's own deadline", example = "[\"P7D\", \"PT24H\"]")
                          List<String> draftReminders,
                          @Schema(description = "What an entry (and a nomination) costs, and when it is refunded") FeeSchedule fees,
                          @Schema(description = "Shipping instructions for finalists' pieces, and when one is overdue")
                          CustodySettings custody,
                          @Schema(description = "The deadlines as an iCalendar feed") String calendar) {

    /** A moment: the instant in UTC, and the wall-clock time people were told, in the edition's zone. */
    @Schema(name = "Moment")
    public record Moment(@Schema(example = "2027-06-29T03:59:00Z") Instant instant,
                         @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-06-28T23:59")
                         LocalDateTime local) {

        static Moment of(Instant instant, ZoneId zone) {
            return new Moment(instant, LocalDateTime.ofInstant(instant, zone));
        }
    }

    /** A category or list. */
    @Schema(name = "Category")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryView(String code, String name, String division, Long minValueCents, Long maxValueCents,
                               boolean enterable,
                               @Schema(description = "20 Under 40: the list's number of honorees, when not the usual 20") Integer honorees) {

        static CategoryView of(Category category) {
            return new CategoryView(category.code, category.name, category.division, category.minValueCents,
                    category.maxValueCents, category.enterable, category.honorees);
        }
    }

    /** A dated step. */
    @Schema(name = "Milestone")
    public record MilestoneView(String name, Moment at) {
    }

    static EditionView of(Edition edition, Instant now) {
        ZoneId zone = edition.zone();
        return new EditionView(edition.id, edition.program, edition.year, edition.title, edition.timeZone,
                edition.statusAt(now), Moment.of(edition.opensAt, zone), Moment.of(edition.closesAt, zone),
                edition.ageCutoff,
                edition.resultsPublishAt == null ? null : Moment.of(edition.resultsPublishAt, zone),
                edition.categories.stream().map(CategoryView::of).toList(),
                edition.milestones.stream().map(m -> new MilestoneView(m.name, Moment.of(m.at, zone))).toList(),
                edition.draftReminderSlots().stream().map(ReminderSlot::offset).toList(), FeeSchedule.of(edition),
                CustodySettings.of(edition),
                "/api/v1/editions/" + edition.id + "/calendar.ics");
    }
}
