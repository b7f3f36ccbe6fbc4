package org.jewelers.gateway.keys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a rotated key's former secret keeps working, so that pages and servers can move to the new one. */
@Schema(name = "KeyRotation")
public record KeyRotation(
        @Min(0) @Max(168) @Schema(description = "Hours the former secret keeps working (0 ends it at once); 24 when "
                + "absent, at most a week", example = "24", defaultValue = "24") Integer overlapHours) {

    static final int DEFAULT_OVERLAP_HOURS = 24;

    int hours() {
        return overlapHours == null ? DEFAULT_OVERLAP_HOURS : overlapHours;
    }
}
