package org.jewelers.directory.webhooks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Redelivery on request: every change after this cursor is sent again, in order. */
@Schema(name = "WebhookReplay")
public record Replay(
        @NotNull @Pattern(regexp = "[0-9]{1,18}", message = "must be a cursor from the change feed")
        @Schema(description = "A cursor of the change feed (0: from the start)", example = "1042") String after) {
}
