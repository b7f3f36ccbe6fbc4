package org.jewelers.directory.webhooks;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription: the HTTPS endpoint; staff also name the partner, whose token names it already. */
@Schema(name = "NewWebhook")
public record NewWebhook(
        @NotBlank @Size(max = Webhooks.MAX_URL_LENGTH)
        @Schema(example = "https://partner.example/hooks/jewelers", maxLength = Webhooks.MAX_URL_LENGTH) String url,
        @Size(max = 200) @Schema(example = "Directory sync") String description,
        @Email @Size(max = 320) @Schema(description = "Who is told when the webhook is disabled; the token's email "
                + "when absent", example = "webmaster@partner.example") String notifyEmail,
        @Schema(description = "Staff only: the partner the subscription is for") UUID partnerId) {
}
