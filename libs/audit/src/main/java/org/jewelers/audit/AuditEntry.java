package org.jewelers.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing that happened to a subject, as staff read it in every service's history, newest first. */
@Schema(name = "AuditEntry", description = "One step of a history: who did what and when; a status step names the "
        + "statuses it went from and to, a change names each field it changed.")
public record AuditEntry(Instant at,
                         @Schema(example = "staff-1", description = "A token subject, or a service or `nominee` for "
                                 + "what it did itself") String actor,
                         @Schema(example = "screened") String action,
                         @Schema(example = "submitted", nullable = true,
                                 description = "The status before a status step; null for a subject's first step and "
                                         + "for a change without a status") String from,
                         @Schema(example = "rejected", nullable = true,
                                 description = "The status after a status step; null for a change without a status")
                         String to,
                         @Schema(example = "The piece was retailed before the eligibility period", nullable = true)
                         String reason,
                         @Schema(description = "Each changed field with its value before and after; empty for a "
                                 + "status step", example = "{\"name\": {\"from\": \"Hartwell\", \"to\": \"Hartwell & Sons\"}}")
                         JsonNode changes) {
}
