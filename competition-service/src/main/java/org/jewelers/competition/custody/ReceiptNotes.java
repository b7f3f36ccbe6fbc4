package org.jewelers.competition.custody;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff add to a receipt afterwards (a scanned piece's condition and place) or change later (a move). */
@Schema(name = "CustodyReceiptNotes", description = "At least one of the two; what is absent stays as it is")
public record ReceiptNotes(
        @Size(min = 1, max = 2000) @Pattern(regexp = Pieces.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Box intact; one prong slightly bent") String conditionNotes,
        @Size(min = 1, max = 200) @Pattern(regexp = Pieces.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Vault B, shelf 3") String storageLocation) {
}
