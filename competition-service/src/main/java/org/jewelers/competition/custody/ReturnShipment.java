package org.jewelers.competition.custody;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's shipment of a piece back to its entrant. */
@Schema(name = "CustodyReturnShipment")
public record ReturnShipment(
        @NotNull @Pattern(regexp = Pieces.CARRIER) @Schema(example = "UPS") String carrier,
        @NotNull @Pattern(regexp = Pieces.TRACKING) @Schema(example = "1Z999AA10123456784") String trackingNumber,
        @NotNull @PositiveOrZero @Max(Pieces.MAX_CENTS) @Schema(description = "The value insured, in cents",
                example = "450000") Long insuredValueCents) {
}
