package org.jewelers.directory.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription with its signing secret, shown this once. */
@Schema(name = "CreatedWebhook")
public record CreatedWebhook(
        Webhook webhook,
        @Schema(description = "The Standard Webhooks signing secret; shown only now", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
