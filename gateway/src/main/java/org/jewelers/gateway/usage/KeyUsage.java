package org.jewelers.gateway.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key's use per day over a range of days. */
@Schema(name = "ApiKeyUsage")
public record KeyUsage(UUID keyId,
                       @Schema(example = "2026-12-01") LocalDate from,
                       @Schema(example = "2026-12-02") LocalDate to,
                       @Schema(description = "One row per day from `from` to `to`, both included, oldest first")
                       List<UsageDay> days) {
}
