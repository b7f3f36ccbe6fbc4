package org.jewelers.competition.judging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Program;

/** A round as staff and judges see it. */
@Schema(name = "Round")
public record RoundView(UUID id, UUID editionId, Program program, int editionYear,
                        @Schema(example = "pre-judging") Stage stage,
                        @Schema(example = "1") int scaleMin,
                        @Schema(example = "10") int scaleMax,
                        List<Criterion> criteria,
                        Instant opens, Instant closes,
                        @Schema(description = "Whether judges may score now") boolean open) {

    public static RoundView of(Round round, Instant now) {
        return new RoundView(round.id, round.edition.id, round.edition.program, round.edition.year, round.stage,
                round.scaleMin, round.scaleMax, List.copyOf(round.criteria), round.opensAt, round.closesAt,
                round.isOpenAt(now));
    }
}
