package org.jewelers.gateway.usage;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One key's use on one UTC day, as the gateway counted it. */
@Schema(name = "ApiKeyUsageDay")
public record UsageDay(
        @Schema(description = "The UTC day", example = "2026-12-02") LocalDate day,
        @Schema(description = "Answers the key got, all status classes", example = "1246") long requests,
        StatusClasses byStatusClass,
        @Schema(description = "Of the 4xx: refused with 429 for the key's limit per minute or day", example = "12")
        long rateLimited,
        @Schema(description = "Directory searches (GET /api/v1/members) answered 200 or 304", example = "900")
        long searches,
        @Schema(description = "Of the searches: those that found no firm", example = "37") long searchesWithoutResult,
        @Schema(description = "Searches by the state of the ZIP they named (searches naming no known ZIP are in "
                + "none)", example = "{\"OH\": 610, \"KY\": 90}") Map<String, Long> searchesByState,
        @Schema(description = "Searches by the first three digits of the ZIP they named",
                example = "{\"432\": 400, \"430\": 210, \"402\": 90}") Map<String, Long> searchesByZipPrefix,
        @Schema(description = "95th percentile of the time the gateway took to answer, from the key's check to the "
                + "answer's last byte, in milliseconds, at most 12.5% high (log-spaced buckets); null on a day "
                + "without answers", example = "48.1", nullable = true) Double latencyP95Millis) {

    static UsageDay none(LocalDate day) {
        return new UsageDay(day, 0, new StatusClasses(0, 0, 0, 0), 0, 0, 0, Map.of(), Map.of(), null);
    }
}
