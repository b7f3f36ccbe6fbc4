package org.jewelers.competition.broadcast;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.notice.RenderedNotice;

/** What a broadcast would do if sent now: how many it reaches, and one message as its recipient reads it. */
@Schema(name = "BroadcastPreview")
public record BroadcastPreview(
        @Schema(description = "Distinct addresses of the segment now, less those unsubscribed from broadcasts",
                example = "412") long count,
        @Schema(description = "The message to the first of them (by address); its recipient is null when the "
                + "segment reaches nobody") RenderedNotice sample) {
}
