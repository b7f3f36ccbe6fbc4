package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece in custody as staff see it: everything its steps recorded. */
@Schema(name = "Custody")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyView(UUID entryId, UUID editionId,
                          @Schema(enumeration = {"requested", "shipped", "received", "in-judging", "judged", "returning",
                                  "returned"}) String state,
                          @Schema(description = "The finalist was removed: the piece is not judged, and goes home")
                          boolean withdrawn,
                          String carrier, String trackingNumber, Long declaredValueCents, Boolean insured,
                          String conditionNotes, String storageLocation,
                          String returnCarrier, String returnTrackingNumber, Long returnInsuredValueCents,
                          Instant requestedAt, Instant shippedAt, Instant receivedAt, Instant judgedAt,
                          Instant returningAt, Instant returnedAt) {

    static CustodyView of(Piece piece) {
        return new CustodyView(piece.entryId, piece.editionId, piece.state, piece.withdrawn, piece.carrier,
                piece.trackingNumber, piece.declaredValueCents, piece.insured, piece.conditionNotes,
                piece.storageLocation, piece.returnCarrier, piece.returnTrackingNumber, piece.returnInsuredValueCents,
                piece.requestedAt, piece.shippedAt, piece.receivedAt, piece.judgedAt, piece.returningAt,
                piece.returnedAt);
    }
}
