package org.jewelers.competition.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A round's results. Each judge's weighted means are turned into z-scores over that judge's own entries, so that a
 * lenient or a harsh judge weighs like any other; an entry's normalised score is the mean of its judges' z-scores,
 * and ranks use it. A judge with fewer than 3 complete scores, or the same mean for all, has no spread to divide
 * by: their means are instead placed around the scale's middle, in half-ranges, and the results name them.
 */
@Schema(name = "RoundResults")
public record Standings(UUID roundId, List<CategoryStanding> categories, List<Uncalibrated> uncalibratedJudges) {

    /** Fewer scores than this and a judge's spread says nothing. */
    static final int CALIBRATION_MINIMUM = 3;

    /** Scores closer than this are equal: sums of doubles differ in their last bits. */
    private static final int SCALE = 6;

    /** Per category of a CASE round, per list of a 20 Under 40 one (whose dossiers the ranks then name). */
    public static Standings of(Round round, List<Assignment> assignments) {
        return of(round.id, round.scaleMin, round.scaleMax, Judged.in(round), assignments.stream()
                .filter(Assignment::counts)
                .map(a -> new Scored(a.judge, a.judgedId(), a.group(), a.title(), weightedMean(round.criteria, a.scores)))
                .toList());
    }

    static Standings of(UUID roundId, int scaleMin, int scaleMax, List<Scored> scored) {
        return of(roundId, scaleMin, scaleMax, Judged.ENTRIES, scored);
    }

    /** The standings from each judge's weighted mean of each entry they scored completely and did not recuse. */
    static Standings of(UUID roundId, int scaleMin, int scaleMax, Judged judged, List<Scored> scored) {
        Map<String, List<Scored>> byJudge = scored.stream()
                .collect(Collectors.groupingBy(Scored::judge, TreeMap::new, Collectors.toList()));
        double middle = (scaleMin + scaleMax) / 2.0;
        double halfRange = (scaleMax - scaleMin) / 2.0;
        Map<Scored, Double> normalised = new IdentityHashMap<>();
        List<Uncalibrated> uncalibrated = new ArrayList<>();
        byJudge.forEach((judge, own) -> {
            double mean = own.stream().mapToDouble(Scored::mean).average().orElseThrow();
            double spread = Math.sqrt(own.stream().mapToDouble(s -> Math.pow(s.mean() - mean, 2)).average().orElseThrow());
            boolean few = own.size() < CALIBRATION_MINIMUM;
            if (few || round(spread).signum() == 0) {
                uncalibrated.add(new Uncalibrated(judge, few ? "fewer-than-3-scores" : "no-spread", own.size()));
                own.forEach(s -> normalised.put(s, (s.mean() - middle) / halfRange));
            } else {
                own.forEach(s -> normalised.put(s, (s.mean() - mean) / spread));
            }
        });
        Map<UUID, List<Scored>> byEntry = scored.stream()
                .collect(Collectors.groupingBy(Scored::entryId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Ranked>> byCategory = new TreeMap<>();
        byEntry.forEach((id, scores) -> byCategory.computeIfAbsent(scores.get(0).category(), c -> new ArrayList<>())
                .add(new Ranked(judged == Judged.ENTRIES ? id : null, judged == Judged.DOSSIERS ? id : null,
                        scores.get(0).title(), 0, scores.size(),
                        round(scores.stream().mapToDouble(Scored::mean).average().orElseThrow()),
                        round(scores.stream().mapToDouble(normalised::get).average().orElseThrow()))));
        List<CategoryStanding> categories = new ArrayList<>();
        byCategory.forEach((category, ranked) -> categories.add(new CategoryStanding(category, rank(ranked))));
        return new Standings(roundId, categories, uncalibrated);
    }

    /** Entries ranked by normalised score; equal scores share a rank, and the next rank skips past them. */
    private static List<Ranked> rank(List<Ranked> entries) {
        List<Ranked> sorted = entries.stream().sorted(Comparator.comparing(Ranked::normalisedScore).reversed()
                .thenComparing(r -> key(r).toString())).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranked r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).normalisedScore().compareTo(r.normalisedScore()) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(r.entryId(), r.dossierId(), r.title(), rank, r.judges(), r.weightedMean(), r.normalisedScore()));
        }
        return ranked;
    }

    private static UUID key(Ranked ranked) {
        return ranked.entryId() != null ? ranked.entryId() : ranked.dossierId();
    }

    /** A judge's weighted mean of an entry's criteria; every criterion must have a score. */
    static double weightedMean(List<Criterion> criteria, Map<String, Integer> scores) {
        double total = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            total += criterion.weight.doubleValue() * scores.get(criterion.code);
            weights += criterion.weight.doubleValue();
        }
        return total / weights;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** One judge's weighted mean of one entry or dossier, as the standings count it. */
    record Scored(String judge, UUID entryId, String category, String title, double mean) {
    }

    /** A category's entries (or a list's dossiers), best first. */
    @Schema(name = "CategoryStanding")
    public record CategoryStanding(@Schema(description = "The category, or the 20 Under 40 list",
            example = "retailer-up-to-2000") String category,
                                   @Schema(description = "Entries, or a list's dossiers") List<Ranked> entries) {
    }

    /** An entry's or a dossier's place. */
    @Schema(name = "RankedEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ranked(@Schema(description = "The entry (CASE)") UUID entryId,
                         @Schema(description = "The nominee's dossier (20 Under 40)") UUID dossierId,
                         @Schema(description = "The piece's title, or the nominee's name") String title,
                         @Schema(description = "1 is best; tied entries share a rank", example = "1") int rank,
                         @Schema(description = "Judges whose complete scores count", example = "3") int judges,
                         @Schema(description = "The mean over judges of their weighted means", example = "7.25") BigDecimal weightedMean,
                         @Schema(description = "The mean over judges of their z-scores; ranks use it", example = "0.84") BigDecimal normalisedScore) {
    }

    /** A judge whose scores could not be calibrated, and why. */
    @Schema(name = "UncalibratedJudge")
    public record Uncalibrated(@Schema(example = "judge-7") String judge,
                               @Schema(enumeration = {"fewer-than-3-scores", "no-spread"}) String reason,
                               int scores) {
    }
}
