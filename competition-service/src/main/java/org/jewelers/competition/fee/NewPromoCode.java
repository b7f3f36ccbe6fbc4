package org.jewelers.competition.fee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.FeeSchedule;

/** A promo code staff create: exactly one of a percentage or an amount off. Times are the edition's wall clock. */
@Schema(name = "NewPromoCode")
public record NewPromoCode(
        @NotNull @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "EARLY10") String code,
        @Min(1) @Max(100) @Schema(example = "10") Integer percentOff,
        @Positive @Max(FeeSchedule.MAX_CENTS) @Schema(description = "Cents off the checkout") Long amountOffCents,
        @NotNull @Min(1) @Max(100_000) @Schema(example = "50") Integer maxUses,
        @Schema(implementation = String.class, example = "2027-03-01T00:00") LocalDateTime validFrom,
        @Schema(implementation = String.class, example = "2027-04-01T00:00") LocalDateTime validUntil,
        @Size(max = 30) @Schema(description = "Only for these categories; empty or absent for all")
        List<@NotNull @Size(min = 1, max = 60) String> categories) {
}
