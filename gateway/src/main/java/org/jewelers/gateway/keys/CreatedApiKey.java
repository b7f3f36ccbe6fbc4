package org.jewelers.gateway.keys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the key and, this once, its secret. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKey(
        ApiKey key,
        @Schema(description = "The secret to send in `X-Api-Key` (or the `key` query parameter). Shown only now; "
                + "only its hash is kept.", example = "jk_Q3vZ1pVb0m4J1cS2k7YwqGf3xN8tEo5aR9uHdLlKz2c")
        String secret) {
}
