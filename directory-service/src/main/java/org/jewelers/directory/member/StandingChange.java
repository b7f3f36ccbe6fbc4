package org.jewelers.directory.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.taxonomy.Standing;

/** Staff move a member to another standing: suspend, reinstate, lapse, grace. */
@Schema(name = "StandingChange")
public record StandingChange(@NotNull @Schema(example = "suspended") Standing standing,
                             @Size(max = 500) @Schema(example = "Dues unpaid after the grace period") String reason) {

    /** Why a firm left, for the history. */
    @Schema(name = "LeaveReason")
    public record Reason(@Size(max = 500) @Schema(example = "Retired and closed the store") String reason) {
    }
}
