package org.jewelers.gateway.keys;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner API key as staff and its partner see it: everything but the secret, which is shown once, at creation
 * and at each rotation.
 */
@Schema(name = "ApiKey", description = "A partner API key; the secret itself is never shown again after creation.")
public record ApiKey(
        @Schema(example = "6f1c2f5e-8a0b-4d7e-9a53-3f0f6c1d2b7a") UUID id,
        @Schema(description = "The partner the key belongs to") UUID partnerId,
        @Schema(example = "Main Street Jewelers website") String name,
        @Schema(description = "The first characters of the secret, to tell keys apart", example = "jk_Q3vZ1p")
        String prefix,
        @Schema(description = "`browser`: in partner pages, taken only from a page on one of its allowed origins. "
                + "`server`: a secret on the partner's server, never in a page, taken only without an Origin.")
        ApiKeyType type,
        @Schema(description = "Origins whose pages may use a browser key; `*` allows any. None for a server key.",
                example = "[\"https://www.mainstreetjewelers.example\"]") List<String> allowedOrigins,
        @Schema(example = "120") int requestsPerMinute,
        @Schema(example = "20000") int requestsPerDay,
        @Schema(description = "The most the partner may set requestsPerMinute to; only staff raise it", example = "600")
        int maxRequestsPerMinute,
        @Schema(description = "The most the partner may set requestsPerDay to; only staff raise it", example = "100000")
        int maxRequestsPerDay,
        Instant createdAt,
        @Schema(example = "staff-1") String createdBy,
        @Schema(description = "When the secret was last rotated; null if never", nullable = true) Instant rotatedAt,
        @Schema(description = "Until when the secret before the last rotation still works; null when it no longer "
                + "does", nullable = true) Instant previousSecretExpiresAt,
        @Schema(description = "When the key was revoked; null while it is active", nullable = true) Instant revokedAt) {

    /** Whether a page on this origin may use the key. */
    public boolean allows(String origin) {
        String asked = origin.toLowerCase(Locale.ROOT);
        return allowedOrigins.stream().anyMatch(allowed -> allowed.equals("*")
                || allowed.toLowerCase(Locale.ROOT).equals(asked));
    }

    public boolean active() {
        return revokedAt == null;
    }
}
