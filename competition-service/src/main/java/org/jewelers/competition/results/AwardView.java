package org.jewelers.competition.results;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A granted award with its public citation. */
@Schema(name = "Award")
public record AwardView(UUID id, @Schema(example = "retailer-up-to-2000") String category, UUID entryId,
                        @Schema(example = "Tidepool Cuff") String pieceTitle,
                        @Schema(example = "Ada Goldsmith") String designerName) {

    static AwardView of(Award award) {
        return new AwardView(award.id, award.category, award.entry.id, award.entry.title, award.entry.designerName);
    }
}
