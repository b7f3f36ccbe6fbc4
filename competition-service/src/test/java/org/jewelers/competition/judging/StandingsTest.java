package org.jewelers.competition.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The z-score standings of a round, from judges' weighted means; starts nothing. Expected scores are worked out by
 * hand in each test, on the usual 1 to 10 scale (middle 5.5, half-range 4.5) unless a test says otherwise.
 */
class StandingsTest {

    private static final UUID ROUND = UUID.fromString("7d1f9a52-0000-4000-8000-000000000001");
    private static final String RINGS = "retailer-up-to-2000";
    private static final String BRIDAL = "bridal";

    @Test
    void aHarshJudgesBestRanksWithALenientJudgesBest() {
        // lenient: 9, 8, 7 and harsh: 5, 4, 3 both have mean minus one, mean, mean plus one, spread sqrt(2/3)
        List<Standings.Scored> scores = List.of(
                scored("lenient", 1, RINGS, 9), scored("lenient", 2, RINGS, 8), scored("lenient", 3, RINGS, 7),
                scored("harsh", 4, RINGS, 5), scored("harsh", 5, RINGS, 4), scored("harsh", 6, RINGS, 3));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(ROUND, standings.roundId());
        assertEquals(List.of(), standings.uncalibratedJudges());
        List<Standings.Ranked> ranked = only(standings, RINGS);
        assertEquals(List.of(entry(1), entry(4), entry(2), entry(5), entry(3), entry(6)), ids(ranked));
        assertEquals(List.of(1, 1, 3, 3, 5, 5), ranks(ranked));
        assertScore("1.224745", ranked.get(0).normalisedScore());
        assertScore("1.224745", ranked.get(1).normalisedScore());
        assertScore("0", ranked.get(2).normalisedScore());
        assertScore("-1.224745", ranked.get(5).normalisedScore());
        assertScore("9", ranked.get(0).weightedMean());
        assertScore("5", ranked.get(1).weightedMean());
    }

    @Test
    void anEntrysScoreIsTheMeanOfItsJudgesZScoresNotOfTheirMeans() {
        // j1: 9, 6, 3 (mean 6, spread sqrt 6): z = 1.224745, 0, -1.224745
        // j2: 4, 8, 6 (mean 6, spread sqrt 8/3): z = -1.224745, 1.224745, 0
        List<Standings.Scored> scores = List.of(
                scored("j1", 1, RINGS, 9), scored("j1", 2, RINGS, 6), scored("j1", 3, RINGS, 3),
                scored("j2", 1, RINGS, 4), scored("j2", 2, RINGS, 8), scored("j2", 3, RINGS, 6));

        List<Standings.Ranked> ranked = only(Standings.of(ROUND, 1, 10, scores), RINGS);

        assertEquals(List.of(entry(2), entry(1), entry(3)), ids(ranked));
        assertEquals(List.of(1, 2, 3), ranks(ranked));
        assertScore("0.612372", ranked.get(0).normalisedScore());
        assertScore("7", ranked.get(0).weightedMean());
        assertScore("0", ranked.get(1).normalisedScore());
        assertScore("6.5", ranked.get(1).weightedMean());
        assertScore("-0.612372", ranked.get(2).normalisedScore());
        assertScore("4.5", ranked.get(2).weightedMean());
        ranked.forEach(r -> assertEquals(2, r.judges()));
        assertEquals("Piece 2", ranked.get(0).title());
    }

    @Test
    void aJudgeWithFewerThanThreeScoresIsPlacedAroundTheMiddleOfTheScale() {
        List<Standings.Scored> scores = List.of(scored("new", 1, RINGS, 10), scored("new", 2, RINGS, 1));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(new Standings.Uncalibrated("new", "fewer-than-3-scores", 2)),
                standings.uncalibratedJudges());
        List<Standings.Ranked> ranked = only(standings, RINGS);
        assertScore("1", ranked.get(0).normalisedScore());
        assertScore("-1", ranked.get(1).normalisedScore());
    }

    @Test
    void threeScoresWithASpreadAreEnoughToCalibrate() {
        List<Standings.Scored> scores = List.of(
                scored("steady", 1, RINGS, 6), scored("steady", 2, RINGS, 7), scored("steady", 3, RINGS, 8));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(), standings.uncalibratedJudges());
        assertScore("1.224745", only(standings, RINGS).get(0).normalisedScore());
    }

    @Test
    void aJudgeWhoGivesEveryEntryTheSameMeanHasNoSpreadAndTheEntriesTie() {
        List<Standings.Scored> scores = List.of(
                scored("flat", 1, RINGS, 7), scored("flat", 2, RINGS, 7), scored("flat", 3, RINGS, 7));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(new Standings.Uncalibrated("flat", "no-spread", 3)), standings.uncalibratedJudges());
        List<Standings.Ranked> ranked = only(standings, RINGS);
        assertEquals(List.of(1, 1, 1), ranks(ranked));
        ranked.forEach(r -> assertScore("0.333333", r.normalisedScore()));
    }

    @Test
    void meansThatDifferOnlyInTheLastBitsOfADoubleHaveNoSpread() {
        List<Standings.Scored> scores = List.of(scored("flat", 1, RINGS, 0.1 + 0.2 + 6.7),
                scored("flat", 2, RINGS, 7), scored("flat", 3, RINGS, 7.000000000000001));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(new Standings.Uncalibrated("flat", "no-spread", 3)), standings.uncalibratedJudges());
        assertEquals(List.of(1, 1, 1), ranks(only(standings, RINGS)));
    }

    @Test
    void theMiddleAndHalfRangeAreTheRoundsOwnScale() {
        // scale 0 to 4: middle 2, half-range 2
        List<Standings.Scored> scores = List.of(scored("new", 1, RINGS, 3), scored("new", 2, RINGS, 0));

        List<Standings.Ranked> ranked = only(Standings.of(ROUND, 0, 4, scores), RINGS);

        assertScore("0.5", ranked.get(0).normalisedScore());
        assertScore("-1", ranked.get(1).normalisedScore());
    }

    @Test
    void aJudgesSpreadIsTakenOverAllTheirEntriesButRanksArePerCategory() {
        // 9, 7, 5, 3 over two categories: mean 6, spread sqrt 5; z = 1.341641, 0.447214, -0.447214, -1.341641
        List<Standings.Scored> scores = List.of(scored("j", 1, RINGS, 9), scored("j", 2, BRIDAL, 7),
                scored("j", 3, RINGS, 5), scored("j", 4, BRIDAL, 3));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(BRIDAL, RINGS), standings.categories().stream().map(Standings.CategoryStanding::category)
                .toList());
        List<Standings.Ranked> bridal = only(standings, BRIDAL);
        List<Standings.Ranked> rings = only(standings, RINGS);
        assertEquals(List.of(entry(2), entry(4)), ids(bridal));
        assertEquals(List.of(1, 2), ranks(bridal));
        assertScore("0.447214", bridal.get(0).normalisedScore());
        assertScore("-1.341641", bridal.get(1).normalisedScore());
        assertEquals(List.of(entry(1), entry(3)), ids(rings));
        assertEquals(List.of(1, 2), ranks(rings));
        assertScore("1.341641", rings.get(0).normalisedScore());
    }

    @Test
    void calibratedAndUncalibratedJudgesOfOneEntryAreAveraged() {
        // j1: 9, 6, 3: z of entry 1 is 1.224745; the newcomer's 10 is (10 - 5.5) / 4.5 = 1
        List<Standings.Scored> scores = List.of(
                scored("j1", 1, RINGS, 9), scored("j1", 2, RINGS, 6), scored("j1", 3, RINGS, 3),
                scored("newcomer", 1, RINGS, 10));

        Standings standings = Standings.of(ROUND, 1, 10, scores);

        assertEquals(List.of(new Standings.Uncalibrated("newcomer", "fewer-than-3-scores", 1)),
                standings.uncalibratedJudges());
        Standings.Ranked first = only(standings, RINGS).get(0);
        assertEquals(entry(1), first.entryId());
        assertEquals(2, first.judges());
        assertScore("1.112372", first.normalisedScore());
        assertScore("9.5", first.weightedMean());
    }

    @Test
    void tiedEntriesAreListedByIdAndTheNextRankSkipsPastThem() {
        // Three entries tie at the top, whatever order they were scored in; the fourth is 4th, not 2nd.
        List<Standings.Scored> scores = List.of(
                scored("a", 9, RINGS, 8), scored("a", 4, RINGS, 8), scored("a", 7, RINGS, 8), scored("a", 2, RINGS, 2));

        List<Standings.Ranked> ranked = only(Standings.of(ROUND, 1, 10, scores), RINGS);

        assertEquals(List.of(entry(4), entry(7), entry(9), entry(2)), ids(ranked));
        assertEquals(List.of(1, 1, 1, 4), ranks(ranked));
    }

    @Test
    void uncalibratedJudgesAreListedByName() {
        List<Standings.Scored> scores = List.of(scored("zoe", 1, RINGS, 5), scored("adam", 2, RINGS, 6));

        assertEquals(List.of("adam", "zoe"), Standings.of(ROUND, 1, 10, scores).uncalibratedJudges().stream()
                .map(Standings.Uncalibrated::judge).toList());
    }

    @Test
    void aRoundWithoutCountedScoresHasNoStandings() {
        Standings standings = Standings.of(ROUND, 1, 10, List.of());

        assertEquals(List.of(), standings.categories());
        assertEquals(List.of(), standings.uncalibratedJudges());
    }

    @Test
    void theWeightedMeanWeighsEachCriterionByItsWeight() {
        List<Criterion> criteria = List.of(criterion("overall-design", "2"), criterion("marketability", "1"));

        assertEquals(7.0, Standings.weightedMean(criteria, Map.of("overall-design", 9, "marketability", 3)), 1e-12);
        assertEquals(5.0, Standings.weightedMean(criteria, Map.of("overall-design", 3, "marketability", 9)), 1e-12);
    }

    @Test
    void weightsNeedNotAddUpToAnything() {
        List<Criterion> halves = List.of(criterion("a", "0.5"), criterion("b", "1.5"));
        List<Criterion> hundreds = List.of(criterion("a", "100"), criterion("b", "300"));
        Map<String, Integer> scores = Map.of("a", 4, "b", 8);

        assertEquals(7.0, Standings.weightedMean(halves, scores), 1e-12);
        assertEquals(7.0, Standings.weightedMean(hundreds, scores), 1e-12);
    }

    @Test
    void onlyCompleteScoresOfJudgesWhoDidNotRecuseCount() {
        Round round = new Round();
        round.criteria.add(criterion("overall-design", "1"));
        round.criteria.add(criterion("marketability", "1"));

        Assignment complete = assignment(round, Map.of("overall-design", 7, "marketability", 8), false);
        Assignment partial = assignment(round, Map.of("overall-design", 7), false);
        Assignment recused = assignment(round, Map.of("overall-design", 7, "marketability", 8), true);
        Assignment unscored = assignment(round, Map.of(), false);

        assertTrue(complete.counts());
        assertFalse(partial.counts());
        assertFalse(recused.counts());
        assertFalse(unscored.counts());
    }

    private static Standings.Scored scored(String judge, int entry, String category, double mean) {
        return new Standings.Scored(judge, entry(entry), category, "Piece " + entry, mean);
    }

    private static UUID entry(int n) {
        return new UUID(0xE0, n);
    }

    private static Criterion criterion(String code, String weight) {
        return new Criterion(code, code, new BigDecimal(weight));
    }

    private static Assignment assignment(Round round, Map<String, Integer> scores, boolean recused) {
        Assignment assignment = new Assignment();
        assignment.round = round;
        assignment.scores.putAll(scores);
        assignment.recused = recused;
        return assignment;
    }

    private static List<Standings.Ranked> only(Standings standings, String category) {
        return standings.categories().stream().filter(c -> c.category().equals(category)).findFirst()
                .map(Standings.CategoryStanding::entries).orElseThrow();
    }

    private static List<UUID> ids(List<Standings.Ranked> ranked) {
        return ranked.stream().map(Standings.Ranked::entryId).toList();
    }

    private static List<Integer> ranks(List<Standings.Ranked> ranked) {
        return ranked.stream().map(Standings.Ranked::rank).toList();
    }

    private static void assertScore(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }
}
