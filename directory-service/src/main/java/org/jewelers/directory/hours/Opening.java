package org.jewelers.directory.hours;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.listing.Listing;

/**
 * Whether a location is open at a moment and when that changes next, in the location's local time with the
 * offset of its zone then. {@code today} is the dated exception of the location's current day, if it has one.
 */
public record Opening(Status status, OffsetDateTime opensAt, OffsetDateTime closesAt, Listing.HoursException today) {

    /** Open or closed by the location's hours; unknown when it has no hours on record at all. */
    @Schema(name = "OpeningStatus")
    public enum Status {
        OPEN("open"), CLOSED("closed"), UNKNOWN("unknown");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public boolean openNow() {
        return status == Status.OPEN;
    }
}
