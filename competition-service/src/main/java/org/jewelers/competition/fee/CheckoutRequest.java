package org.jewelers.competition.fee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The drafts an entrant pays for at once, all of one edition, and an optional promo code. */
@Schema(name = "CheckoutRequest")
public record CheckoutRequest(
        @Size(max = Checkouts.MAX_DRAFTS) @Schema(description = "Ids of the entrant's draft entries")
        List<@NotNull UUID> entries,
        @Size(max = Checkouts.MAX_DRAFTS) @Schema(description = "Ids of the entrant's draft nominations that cost something")
        List<@NotNull UUID> nominations,
        @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "EARLY10") String promoCode) {

    List<UUID> entryIds() {
        return entries == null ? List.of() : entries;
    }

    List<UUID> nominationIds() {
        return nominations == null ? List.of() : nominations;
    }
}
