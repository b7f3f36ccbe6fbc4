package org.jewelers.gateway.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day's answers to a key by status class, the gateway's own refusals (401, 403, 429, 503...) included. */
@Schema(name = "ApiKeyUsageStatusClasses")
public record StatusClasses(@JsonProperty("2xx") @Schema(example = "1180") long successful,
                            @JsonProperty("3xx") @Schema(description = "304 Not Modified mostly (the client's ETag "
                                    + "still held)", example = "40") long redirected,
                            @JsonProperty("4xx") @Schema(example = "25") long clientErrors,
                            @JsonProperty("5xx") @Schema(example = "1") long serverErrors) {

    long total() {
        return successful + redirected + clientErrors + serverErrors;
    }
}
