package org.jewelers.competition.custody;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece late on its journey: not received, or not returned, by when it was due. */
@Schema(name = "OverduePiece")
public record Overdue(CustodyView piece,
                      @Schema(enumeration = {"not-received", "not-returned"}) String reason,
                      @Schema(description = "When it was due") Instant due) {
}
