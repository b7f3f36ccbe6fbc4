package org.jewelers.careers.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a reviewed article goes public: now, or at a later instant. */
@Schema(name = "Publication")
public record Publication(
        @Schema(description = "A future instant (UTC) to schedule the publication; absent means now",
                example = "2026-09-01T13:00:00Z") Instant publishAt) {
}
