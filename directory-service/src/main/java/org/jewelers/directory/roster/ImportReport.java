package org.jewelers.directory.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roster import as staff follow it: its progress while it runs, its outcome once done. */
@Schema(name = "RosterImport")
public record ImportReport(
        UUID id,
        @Schema(example = "running") ImportStatus status,
        @Schema(description = "The staff user who uploaded the file", example = "staff-1") String submittedBy,
        Instant submittedAt,
        @Schema(description = "null while queued", nullable = true) Instant startedAt,
        @Schema(description = "null until done or failed", nullable = true) Instant finishedAt,
        @Schema(description = "Data rows in the file (the header not counted)", example = "10000") int rowsRead,
        @Schema(description = "Distinct member numbers in the file", example = "7000") int membersInFile,
        @Schema(description = "Members added", example = "120") int created,
        @Schema(description = "Known members whose fields, locations or standing changed", example = "310") int updated,
        @Schema(description = "Known members the file states exactly as they are", example = "6568") int unchanged,
        @Schema(description = "Members left untouched because one or more of their rows are invalid", example = "2")
        int rejected,
        @Schema(description = "Why the import failed as a whole; null unless failed", nullable = true) String failure,
        @Schema(description = "Every row of every rejected member, by line") List<RejectedRow> rejectedRows) {

    /** A row that was not applied. */
    @Schema(name = "RejectedRow")
    public record RejectedRow(
            @Schema(description = "Line in the file; the header is line 1", example = "42") int line,
            @Schema(example = "JA-104233") String memberNumber,
            @Schema(example = "location_zip: is not a known US ZIP code; give latitude and longitude; "
                    + "time_zone: is required when the ZIP code is not known") String reason) {
    }
}
