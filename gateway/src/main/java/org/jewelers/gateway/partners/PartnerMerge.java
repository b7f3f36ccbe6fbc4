package org.jewelers.gateway.partners;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's merge of one partner into another (two keys' partners that are one organisation). */
@Schema(name = "PartnerMerge")
public record PartnerMerge(
        @NotNull @Schema(description = "The partner that takes the keys") UUID into) {
}
