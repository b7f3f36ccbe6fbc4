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
    public record Break(@Schema(description = "The row's id") long id,
                        @Schema(description = "The row's sequence number in the edition's log") long sequence,
                        @Schema(description = "Why it does not verify") String reason) {
    }

    static Verification ok(long rows) {
        return new Verification(true, rows, null);
    }

    static Verification broken(long rows, LogEntry entry, String reason) {
        return new Verification(false, rows, new Break(entry.id, entry.sequence, reason));
    }
}
