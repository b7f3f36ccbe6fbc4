package org.jewelers.competition.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
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
                        @Schema(description = "Whether judges may score now") boolean open,
                        @JsonInclude(JsonInclude.Include.NON_NULL)
                        @Schema(description = "Staff only, the finals only: when staff confirmed the finalists; null "
                                + "until then", nullable = true) Instant finalistsConfirmedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL)
                        @Schema(description = "Staff only, the finals only: the finalists, first confirmed first")
                        List<Finalist> finalists) {

    /** A round as judges see it: no finalists, which could tell a judge of entries kept from them. */
    public static RoundView of(Round round, Instant now) {
        return new RoundView(round.id, round.edition.id, round.edition.program, round.edition.year, round.stage,
                round.scaleMin, round.scaleMax, List.copyOf(round.criteria), round.opensAt, round.closesAt,
                round.isOpenAt(now), null, null);
    }

    /** A round as staff see it: the finals with their finalists and when each was confirmed. */
    public static RoundView forStaff(Round round, Instant now) {
        if (round.stage != Stage.FINALS) {
            return of(round, now);
        }
        List<Finalist> finalists = round.finalists.stream()
                .map(id -> new Finalist(id, round.finalistConfirmations.get(id)))
                .sorted(Comparator.comparing(Finalist::confirmedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Finalist::entryId))
                .toList();
        return new RoundView(round.id, round.edition.id, round.edition.program, round.edition.year, round.stage,
                round.scaleMin, round.scaleMax, List.copyOf(round.criteria), round.opensAt, round.closesAt,
                round.isOpenAt(now), round.finalistsConfirmedAt, finalists);
    }

    /** A finalist of the finals, and when staff confirmed them. */
    @Schema(name = "RoundFinalist")
    public record Finalist(UUID entryId,
                           @Schema(description = "When the finalist was confirmed: with the set, or when added after "
                                   + "it; null until the set is confirmed", nullable = true) Instant confirmedAt) {
    }
}
