package org.jewelers.competition.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to open a program's edition. Times are wall-clock times in the edition's time zone. */
@Schema(name = "NewEdition")
public record NewEdition(
        @NotNull @Schema(example = "case-awards") Program program,
        @Min(2000) @Max(2200) @Schema(example = "2027") int year,
        @NotBlank @Size(max = 200) @Schema(example = "CASE Awards 2027") String title,
        @NotBlank @Schema(example = "America/New_York") String timeZone,
        @NotNull @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-03-01T00:00") LocalDateTime opens,
        @NotNull @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-06-28T23:59") LocalDateTime closes,
        @Schema(description = "20 Under 40: nominees must be under 40 on this date", example = "2027-03-31") LocalDate ageCutoff,
        @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-30T18:00",
                description = "When the results become public; unset, they stay unpublished") LocalDateTime resultsPublish,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull CategoryInput> categories,
        @Size(max = 20) List<@Valid @NotNull MilestoneInput> milestones,
        @Size(max = Editions.MAX_DRAFT_REMINDERS)
        @Schema(description = "When holders of unsubmitted drafts are reminded, counted back from each one's own "
                + "deadline (extensions included): P<days>D keeps the deadline's local time, PT<hours>H is absolute; "
                + "empty for none. Absent: P7D and PT24H.", example = "[\"P7D\", \"PT24H\"]")
        List<@NotNull @Pattern(regexp = Editions.DRAFT_REMINDER) String> draftReminders) {

    /** A category (CASE) or list (20 Under 40). */
    @Schema(name = "CategoryInput")
    public record CategoryInput(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,60}") @Schema(example = "retailer-up-to-2000") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Retailer, retail value up to $2,000") String name,
            @Pattern(regexp = "retailer|supplier") @Schema(example = "retailer") String division,
            @PositiveOrZero @Schema(description = "Lowest retail value, in US cents", example = "0") Long minValueCents,
            @PositiveOrZero @Schema(description = "Highest retail value, in US cents", example = "200000") Long maxValueCents,
            @Schema(description = "False for awards that are not entered, such as Best in Show; default true") Boolean enterable,
            @Min(1) @Max(100) @Schema(description = "20 Under 40: the list's number of honorees; default 20", example = "20") Integer honorees) {
    }

    /** A dated step of the edition, wall-clock time in the edition's time zone. */
    @Schema(name = "MilestoneInput")
    public record MilestoneInput(@NotBlank @Size(max = 200) @Schema(example = "Winners announced") String name,
                                 @NotNull @Schema(implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-30T18:00")
                                 LocalDateTime at) {
    }
}
