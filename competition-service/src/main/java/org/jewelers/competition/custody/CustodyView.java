package org.jewelers.competition.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
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
                          Instant returningAt, Instant returnedAt,
                          @Schema(description = "When its finalist was withdrawn; absent unless withdrawn")
                          Instant withdrawnAt,
                          @Schema(description = "The code its packing slip carries as a QR code, for "
                                  + "POST /api/v1/review/custody/scan/{code}", pattern = ScanCode.FORMAT)
                          String scanCode,
                          @Schema(description = "Intake photos, in the order taken; listed with one piece, absent from "
                                  + "lists of pieces") List<PhotoView> photos) {

    static CustodyView of(Piece piece) {
        return of(piece, null);
    }

    static CustodyView of(Piece piece, List<IntakePhoto> photos) {
        return new CustodyView(piece.entryId, piece.editionId, piece.state, piece.withdrawn, piece.carrier,
                piece.trackingNumber, piece.declaredValueCents, piece.insured, piece.conditionNotes,
                piece.storageLocation, piece.returnCarrier, piece.returnTrackingNumber, piece.returnInsuredValueCents,
                piece.requestedAt, piece.shippedAt, piece.receivedAt, piece.judgedAt, piece.returningAt,
                piece.returnedAt, piece.withdrawnAt, piece.scanCode,
                photos == null ? null : photos.stream().map(PhotoView::of).toList());
    }
}
