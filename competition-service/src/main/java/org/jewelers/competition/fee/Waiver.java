package org.jewelers.competition.fee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why staff waive a submission's fee, or refund it. */
@Schema(name = "FeeReason")
public record Waiver(@NotBlank @Size(max = 1000) @Schema(example = "Past winner, invited to enter") String reason) {
}
