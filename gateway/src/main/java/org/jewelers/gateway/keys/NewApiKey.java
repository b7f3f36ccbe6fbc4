package org.jewelers.gateway.keys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff give to create a partner key, and the ceilings within which its partner may change its limits. */
@Schema(name = "NewApiKey")
public record NewApiKey(
        @NotBlank @Size(max = 200) @Schema(example = "Main Street Jewelers website") String name,
        @Schema(description = "`browser` (the default) for a key in partner pages; `server` for a secret kept on the "
                + "partner's server", defaultValue = "browser") ApiKeyType type,
        @Size(max = 50)
        @Schema(description = "Origins (scheme://host[:port]) whose pages may use a browser key, at least one; `*` "
                + "allows any. None for a server key.", example = "[\"https://www.mainstreetjewelers.example\"]")
        List<@NotNull @Pattern(regexp = "\\*|https?://[A-Za-z0-9.-]+(:\\d{1,5})?",
                message = "must be * or an origin like https://www.example.com") String> allowedOrigins,
        @NotNull @Min(1) @Max(1_000_000) @Schema(example = "120") Integer requestsPerMinute,
        @NotNull @Min(1) @Max(100_000_000) @Schema(example = "20000") Integer requestsPerDay,
        @Schema(description = "The partner the key belongs to; absent, the key gets a partner of its own, named "
                + "after it") UUID partnerId,
        @Min(1) @Max(1_000_000) @Schema(description = "The most the partner may raise requestsPerMinute to; "
                + "requestsPerMinute when absent", example = "600") Integer maxRequestsPerMinute,
        @Min(1) @Max(100_000_000) @Schema(description = "The most the partner may raise requestsPerDay to; "
                + "requestsPerDay when absent", example = "100000") Integer maxRequestsPerDay) {

    /** Keys made before types existed were all browser keys, and a request that names none still makes one. */
    ApiKeyType typeOrBrowser() {
        return type == null ? ApiKeyType.BROWSER : type;
    }

    List<String> originsOrNone() {
        return allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
