package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.CustodyTerms;

/**
 * A piece in custody as its entrant sees it: where to ship it, its stage and the tracking numbers both ways. Values
 * declared and insured, condition notes and storage locations are staff's.
 */
@Schema(name = "OwnCustody")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnCustodyView(UUID entryId,
                             @Schema(enumeration = {"requested", "shipped", "received", "in-judging", "judged",
                                     "returning", "returned"}) String state,
                             @Schema(description = "Where to ship the piece") String shipTo,
                             @Schema(description = "The last day to ship") LocalDate shipBy,
                             String carrier, String trackingNumber, String returnCarrier, String returnTrackingNumber,
                             Instant requestedAt, Instant shippedAt, Instant receivedAt, Instant returningAt,
                             Instant returnedAt) {

    static OwnCustodyView of(Piece piece, CustodyTerms terms) {
        return new OwnCustodyView(piece.entryId, piece.state, terms.shipTo, terms.shipBy, piece.carrier,
                piece.trackingNumber, piece.returnCarrier, piece.returnTrackingNumber, piece.requestedAt,
                piece.shippedAt, piece.receivedAt, piece.returningAt, piece.returnedAt);
    }
}
