package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of an edition's custody log as staff read it: who did what to which piece, when and where. */
@Schema(name = "CustodyLogEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEntryView(long id,
                           @Schema(description = "Its place in the edition's log, from 1 without gaps") long sequence,
                           UUID entryId,
                           @Schema(example = "received", description = "requested, reinstated, withdrawn, shipped, "
                                   + "received, noted, moved, photographed, in-judging, judged, returning, returned")
                           String action,
                           String fromState, String toState,
                           @Schema(description = "Who took the step: the caller's subject") String actor,
                           Instant at,
                           @Schema(description = "Where: a storage location, or a carrier and tracking number")
                           String place,
                           @Schema(description = "What else the step recorded") Map<String, Object> details,
                           @Schema(description = "The row's seal: HMAC-SHA256 over it and the previous row's seal")
                           String hmac) {
}
