package org.jewelers.directory.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A location as staff or a roster enter it. Its point and time zone come from its own coordinates when given,
 * else from its ZIP code. Hours and exceptions left out keep what a location at the same address already has.
 */
@Schema(name = "LocationInput")
public record LocationInput(
        @NotBlank @Size(max = 200) @Schema(example = "125 Main Street") String address,
        @NotBlank @Size(max = 100) @Schema(example = "Springfield") String city,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") @Schema(example = "IL") String state,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be a five-digit ZIP code") @Schema(example = "62701") String zip,
        @Size(max = 40) String phone,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 64) @Schema(example = "America/Chicago") String timeZone,
        @Size(max = 21) List<@Valid @NotNull HoursInput> hours,
        @Schema(description = "Dated exceptions to the weekly hours, replacing the ones the location had; at most "
                + OpeningRules.EXCEPTIONS_PER_YEAR + " per calendar year")
        @Size(max = OpeningRules.MAX_EXCEPTIONS) List<@Valid @NotNull ExceptionInput> exceptions) {

    /**
     * One opening interval; {@code day} is ISO (1 = Monday); times are local to the location. A closing time before
     * the opening time closes on the next day (18:00 to 02:00); a closing time of 00:00 closes at midnight.
     */
    @Schema(name = "HoursInput")
    public record HoursInput(@Min(1) @Max(7) int day,
                             @NotNull @Schema(example = "10:00") LocalTime opens,
                             @NotNull @Schema(example = "18:00") LocalTime closes) {
    }

    /**
     * A dated exception to the weekly hours (a holiday, special hours, a closed day): on that date its hours replace
     * the weekday's; without hours the location is closed all day.
     */
    @Schema(name = "HoursExceptionInput")
    public record ExceptionInput(@NotNull @Schema(example = "2026-12-24") LocalDate date,
                                 @Size(max = 100) @Schema(example = "Christmas Eve") String label,
                                 @Size(max = OpeningRules.INTERVALS_PER_EXCEPTION)
                                 @Schema(description = "That day's intervals, local to the location; none: closed all day")
                                 List<@Valid @NotNull Interval> hours) {
    }

    /** An interval of a dated exception; a closing time before the opening time closes on the next day. */
    @Schema(name = "IntervalInput")
    public record Interval(@NotNull @Schema(example = "10:00") LocalTime opens,
                           @NotNull @Schema(example = "14:00") LocalTime closes) {
    }
}
