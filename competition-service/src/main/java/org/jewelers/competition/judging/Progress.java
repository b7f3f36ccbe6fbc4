package org.jewelers.competition.judging;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the judges of a round are: assignments fully scored, per judge and per category (or list). Recusals are counted apart. */
@Schema(name = "JudgingProgress")
public record Progress(List<Tally> judges, List<Tally> categories) {

    public static Progress of(List<Assignment> assignments) {
        return new Progress(tally(assignments, a -> a.judge), tally(assignments, Assignment::group));
    }

    private static List<Tally> tally(List<Assignment> assignments, Function<Assignment, String> by) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Assignment a : assignments) {
            int[] c = counts.computeIfAbsent(by.apply(a), k -> new int[3]);
            if (a.recused) {
                c[2]++;
            } else {
                c[0]++;
                c[1] += a.complete() ? 1 : 0;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** One judge's or one category's count. */
    @Schema(name = "JudgingTally")
    public record Tally(@Schema(description = "The judge's subject, or the category code", example = "judge-7") String key,
                        @Schema(description = "Assignments not recused") int assigned,
                        @Schema(description = "Of those, scored on every criterion") int scored,
                        int recused) {
    }
}
