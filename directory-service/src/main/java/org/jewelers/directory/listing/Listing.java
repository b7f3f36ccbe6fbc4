package org.jewelers.directory.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.taxonomy.Credential;
import org.jewelers.directory.taxonomy.Kind;
import org.jewelers.directory.taxonomy.Service;
import org.jewelers.directory.taxonomy.Standing;

/**
 * A member firm's public listing: what consumers, partner sites and member events see. Contact fields the firm
 * chose to hide are absent, as are expired credentials.
 */
@Schema(name = "Member")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Listing(
        UUID id,
        @Schema(example = "JA-104233") String number,
        @Schema(example = "Hartwell & Daughters Jewelers") String name,
        Kind kind,
        Standing standing,
        @Schema(description = "True when the standing is active or grace") boolean goodStanding,
        LocalDate memberSince,
        @Schema(description = "Year the firm last recommitted to the Code of Professional Practices", example = "2026")
        Integer codeYear,
        String description,
        @Schema(example = "https://hartwell.example") String website,
        @Schema(example = "+1 217 555 0100") String phone,
        @Schema(example = "hello@hartwell.example") String email,
        List<Service> services,
        List<CredentialView> credentials,
        List<Honor> honors,
        @Schema(description = "True when the firm has open positions") boolean hiring,
        @Schema(description = "Open positions posted on the association's job board") int openPositions,
        List<LocationView> locations,
        @Schema(description = "Aggregate version; grows with every change") long version) {

    /** A current credential held by someone on the firm's staff. */
    @Schema(name = "Credential")
    public record CredentialView(Credential credential, String holder, LocalDate expiresOn) {
    }

    /** An honor from the association's programs (CASE Awards, 20 Under 40). */
    @Schema(name = "Honor")
    public record Honor(@Schema(example = "case-awards") String program, @Schema(example = "2026") int year,
                        String category, String title) {
    }

    /** A place where the firm can be visited. */
    @Schema(name = "Location")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationView(UUID id, String address, String city, String state, String zip, String phone,
                               double latitude, double longitude,
                               @Schema(example = "America/Chicago") String timeZone, List<Hours> hours,
                               @Schema(description = "Dated exceptions to the weekly hours, from the day before "
                                       + "yesterday on (so that every time zone's yesterday is there), by date")
                               List<HoursException> exceptions) {
    }

    /**
     * One weekly opening interval; {@code day} is ISO (1 = Monday), times are local to the location. A closing time
     * before the opening time closes on the next day.
     */
    @Schema(name = "Hours")
    public record Hours(@Schema(minimum = "1", maximum = "7") int day, LocalTime opens, LocalTime closes) {
    }

    /**
     * A dated exception to the weekly hours (a holiday, special hours, a closed day): on its date, its hours replace
     * the weekday's; without hours the location is closed all day.
     */
    @Schema(name = "HoursException")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HoursException(@Schema(example = "2026-12-24") LocalDate date,
                                 @Schema(example = "Christmas Eve") String label,
                                 @Schema(description = "True when the location is closed all day") boolean closed,
                                 List<Interval> hours) {
    }

    /** An interval of a dated exception, local to the location; a closing time before the opening time closes on the next day. */
    @Schema(name = "Interval")
    public record Interval(@Schema(example = "10:00:00") LocalTime opens, @Schema(example = "14:00:00") LocalTime closes) {
    }
}
