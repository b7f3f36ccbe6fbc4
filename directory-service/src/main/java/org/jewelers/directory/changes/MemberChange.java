package org.jewelers.directory.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of the public directory, as the feed and the webhooks carry it. {@code data} is exactly the public
 * listing (schema Member) for member.listed and member.updated; for member.unlisted it holds only the id and version.
 */
@Schema(name = "MemberChange")
public record MemberChange(
        @Schema(description = "Opaque cursor of this change: pass it as after= to read what followed", example = "1042")
        String cursor,
        @Schema(description = "The change's id; the webhook-id header of its deliveries") UUID id,
        UUID memberId,
        @Schema(enumeration = {"member.listed", "member.updated", "member.unlisted"}, example = "member.updated") String type,
        @Schema(description = "The member's version after the change") long version,
        Instant occurredAt,
        @Schema(description = "The public listing (schema Member); for member.unlisted only id and version")
        JsonNode data) {

    public long seq() {
        return Long.parseLong(cursor);
    }
}
