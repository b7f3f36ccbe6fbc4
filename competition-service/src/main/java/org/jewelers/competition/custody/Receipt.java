package org.jewelers.competition.custody;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's receipt of a piece: the condition it arrived in and where it is kept. */
@Schema(name = "CustodyReceipt")
public record Receipt(
        @NotNull @Size(min = 1, max = 2000) @Pattern(regexp = Pieces.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Box intact; one prong slightly bent") String conditionNotes,
        @NotNull @Size(min = 1, max = 200) @Pattern(regexp = Pieces.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Vault B, shelf 3") String storageLocation) {
}
