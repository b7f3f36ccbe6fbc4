package org.jewelers.competition.results;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An edition's published results: its winners and its other finalists, each with the public citation. */
@Schema(name = "EditionResults")
public record EditionResults(UUID editionId, List<AwardView> winners, List<Finalist> finalists) {

    /** A finalist that did not win, named as a winner would be. */
    @Schema(name = "Finalist")
    public record Finalist(UUID entryId, @Schema(example = "retailer-up-to-2000") String category,
                           @Schema(example = "Tidepool Cuff") String pieceTitle,
                           @Schema(example = "Ada Goldsmith") String designerName) {
    }
}
