package org.jewelers.directory.webhooks;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a subscription; absent fields stay. */
@Schema(name = "WebhookPatch")
public record WebhookPatch(
        @Size(min = 1, max = Webhooks.MAX_URL_LENGTH)
        @Schema(example = "https://partner.example/hooks/jewelers-v2", maxLength = Webhooks.MAX_URL_LENGTH) String url,
        @Size(max = 200) String description,
        @Email @Size(max = 320) @Schema(example = "webmaster@partner.example") String notifyEmail,
        @Schema(description = "false pauses deliveries; true resumes them after the last acknowledged change") Boolean enabled) {
}
