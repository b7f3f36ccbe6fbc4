package org.jewelers.competition.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.WallClockTime;

/** A later deadline for one entrant. */
@Schema(name = "ExtensionGrant")
public record ExtensionGrant(
        @NotBlank @Size(max = 200) @Schema(description = "The entrant's token subject", example = "auth0|5f1c") String subject,
        @NotNull @Schema(description = "The entrant's new deadline, wall-clock time in the edition's zone",
                implementation = String.class, pattern = WallClockTime.PATTERN, example = "2027-07-02T23:59")
        LocalDateTime until) {
}
