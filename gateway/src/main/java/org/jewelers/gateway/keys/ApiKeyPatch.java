package org.jewelers.gateway.keys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a key's settings; what is absent stays as it is. Its partner changes the name, the origins and the
 * limits up to the ceilings; only staff change the ceilings. The secret never changes here (see rotate).
 */
@Schema(name = "ApiKeyPatch")
public record ApiKeyPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(example = "Main Street Jewelers website") String name,
        @Size(min = 1, max = 50)
        @Schema(description = "A browser key's origins (at least one); a server key takes none",
                example = "[\"https://www.mainstreetjewelers.example\", \"https://shop.mainstreetjewelers.example\"]")
        List<@NotNull @Pattern(regexp = "\\*|https?://[A-Za-z0-9.-]+(:\\d{1,5})?",
                message = "must be * or an origin like https://www.example.com") String> allowedOrigins,
        @Min(1) @Max(1_000_000) @Schema(example = "60") Integer requestsPerMinute,
        @Min(1) @Max(100_000_000) @Schema(example = "10000") Integer requestsPerDay,
        @Min(1) @Max(1_000_000) @Schema(description = "Staff only", example = "600") Integer maxRequestsPerMinute,
        @Min(1) @Max(100_000_000) @Schema(description = "Staff only", example = "100000") Integer maxRequestsPerDay) {

    boolean changesCeiling() {
        return maxRequestsPerMinute != null || maxRequestsPerDay != null;
    }
}
