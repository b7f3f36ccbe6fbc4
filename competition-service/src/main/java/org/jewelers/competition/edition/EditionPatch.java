package org.jewelers.competition.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.NewEdition.CategoryInput;
import org.jewelers.competition.edition.NewEdition.MilestoneInput;

/**
 * A staff change to an edition's settings: one nullable field per setting, absent (or null) leaves it as it is. Times
 * are wall-clock times in the edition's zone; lists given replace the whole list. The categories are the full desired
 * list, matched by code: a new code is added, a known one takes the name, division, band and enterable sent, and a
 * code left out is removed. A code never changes (entries and awards name it); the program, year and zone neither.
 *
 * <p>Later settings of an edition (custody of pieces) join this record as further nullable fields, each
 * applied and recorded in the history by {@link EditionUpkeep}, so that staff keep one operation for an edition.
 */
@Schema(name = "EditionPatch", description = "Absent fields stay as they are; lists given replace the whole list.")
public record EditionPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(example = "CASE Awards 2027") String title,
        @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-03-01T00:00") LocalDateTime opens,
        @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-05T23:59") LocalDateTime closes,
        @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-30T18:00",
                description = "When the results become public") LocalDateTime resultsPublish,
        @Schema(description = "20 Under 40: nominees must be under 40 on this date", example = "2027-03-31") LocalDate ageCutoff,
        @Size(min = 1, max = 30) @Schema(description = "The full desired list, by code")
        List<@Valid @NotNull CategoryInput> categories,
        @Size(max = 20) List<@Valid @NotNull MilestoneInput> milestones,
        @Size(max = Editions.MAX_DRAFT_REMINDERS)
        @Schema(description = "When holders of unsubmitted drafts are reminded, counted back from each one's own "
                + "deadline (extensions included): P<days>D keeps the deadline's local time, PT<hours>H is absolute; "
                + "empty for no reminders. Default P7D and PT24H.", example = "[\"P7D\", \"PT24H\"]")
        List<@NotNull @Pattern(regexp = Editions.DRAFT_REMINDER) String> draftReminders,
        @Valid @Schema(description = "The whole fee schedule and refund policy; members left out take their defaults")
        FeeSchedule fees,
        @Valid @Schema(description = "The whole custody settings of finalists' pieces; members left out take their defaults")
        CustodySettings custody) {
}
