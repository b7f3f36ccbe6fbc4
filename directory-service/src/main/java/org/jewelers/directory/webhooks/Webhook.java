package org.jewelers.directory.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner sees of a subscription: never its secret, which is shown once, at subscription. */
@Schema(name = "Webhook")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Webhook(
        UUID id,
        UUID partnerId,
        @Schema(example = "https://partner.example/hooks/jewelers") String url,
        @Schema(example = "Directory sync") String description,
        @Schema(description = "Who is told when the webhook is disabled", example = "webmaster@partner.example")
        String notifyEmail,
        @Schema(description = "False once its failures passed the threshold (or the partner paused it); PATCH "
                + "enabled=true resumes from where deliveries stopped") boolean enabled,
        @Schema(description = "Why it was disabled") String disabledReason,
        @Schema(description = "Cursor of the last change the endpoint acknowledged", example = "1042") String deliveredThrough,
        @Schema(description = "Failed attempts in a row") int failures,
        @Schema(description = "When the next attempt is due") Instant nextAttemptAt,
        Instant createdAt) {

    static Webhook of(WebhookEndpoint endpoint) {
        return new Webhook(endpoint.id, endpoint.partnerId, endpoint.url, endpoint.description, endpoint.notifyEmail, endpoint.enabled,
                endpoint.disabledReason, Long.toString(endpoint.deliveredThrough), endpoint.failures,
                endpoint.nextAttemptAt, endpoint.createdAt);
    }
}
