package org.jewelers.gateway.partners;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site that embeds the directory (a state association, a bridal site, an insurer): every API key is one's. */
@Schema(name = "Partner")
public record Partner(
        @Schema(example = "0b8f3c1e-2d4a-4f6b-9c8d-7e6f5a4b3c2d") UUID id,
        @Schema(example = "Ohio Jewelers Association") String name,
        @Schema(description = "Where the partner is told about their keys and feed; absent for partners made from "
                + "keys that predate partners", nullable = true, example = "webmaster@ohiojewelers.example")
        String contactEmail,
        Instant createdAt,
        @Schema(example = "staff-1") String createdBy,
        @Schema(description = "The partner this one was merged into, whose keys it handed over; null while it "
                + "stands on its own", nullable = true) UUID mergedInto) {
}
