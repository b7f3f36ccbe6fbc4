package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an edition's custody log is as the application wrote it, and if not, its first row that is not. */
@Schema(name = "CustodyLogVerification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        @Schema(description = "True when every row verifies") boolean ok,
        @Schema(description = "The rows checked") long rows,
        @Schema(description = "The first row that does not verify; absent when ok") Break broken) {

    @Schema(name = "CustodyLogBreak")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Break(@Schema(description = "The row's id; absent when the row is missing") Long id,
                        @Schema(description = "The row's sequence number in the edition's log (of the first missing "
                                + "row when rows are missing)") long sequence,
                        @Schema(description = "Why it does not verify") String reason) {
    }

    static Verification ok(long rows) {
        return new Verification(true, rows, null);
    }

    static Verification broken(long rows, LogEntry entry, String reason) {
        return broken(rows, entry.id, entry.sequence, reason);
    }

    static Verification broken(long rows, long id, long sequence, String reason) {
        return new Verification(false, rows, new Break(id, sequence, reason));
    }

    static Verification missing(long rows, long sequence, String reason) {
        return new Verification(false, rows, new Break(null, sequence, reason));
    }
}
