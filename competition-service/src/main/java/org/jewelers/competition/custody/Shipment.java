package org.jewelers.competition.custody;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The entrant's shipment of their piece to the association. */
@Schema(name = "CustodyShipment")
public record Shipment(
        @NotNull @Pattern(regexp = Pieces.CARRIER) @Schema(example = "FedEx") String carrier,
        @NotNull @Pattern(regexp = Pieces.TRACKING) @Schema(example = "7712 3456 7890") String trackingNumber,
        @NotNull @PositiveOrZero @Max(Pieces.MAX_CENTS) @Schema(description = "The value declared to the carrier, in cents",
                example = "450000") Long declaredValueCents,
        @NotNull @Schema(description = "Whether the shipment is insured") Boolean insured) {
}
