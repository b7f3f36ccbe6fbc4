package org.jewelers.directory.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to deliver a change to an endpoint: the delivery log. */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDelivery(
        @Schema(description = "The change's cursor in the feed", example = "1042") String cursor,
        @Schema(description = "The webhook-id sent") UUID messageId,
        @Schema(example = "member.updated") String type,
        Instant attemptedAt,
        @Schema(description = "The endpoint's HTTP status, absent when none came", example = "503") Integer status,
        @Schema(description = "Why the attempt failed", example = "HTTP 503") String error,
        boolean succeeded) {
}
