package org.jewelers.competition.entry;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The years the test fixtures open CASE editions in, handed out once each in a run. A program has one edition a year
 * and the API takes years 2000-2200, so the suite's editions must share them: EditionsTest takes 2100-2119,
 * FeeFixtures 2150-2199, and every other fixture draws from here (2000-2099, then 2120-2149). Handed out in order
 * rather than drawn at random, so that a full range fails at once, naming itself, instead of drawing forever.
 */
public final class CaseYears {

    private static final int[] YEARS = IntStream.concat(IntStream.rangeClosed(2000, 2099),
            IntStream.rangeClosed(2120, 2149)).toArray();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private CaseYears() {
    }

    /** The next year not handed out yet that {@code fits}; years passed over for not fitting are not lost. */
    public static synchronized int next(IntPredicate fits) {
        for (int i = NEXT.get(); i < YEARS.length; i++) {
            if (fits.test(YEARS[i])) {
                int year = YEARS[i];
                // Move the passed-over years up, so that a later caller without the condition still gets them.
                System.arraycopy(YEARS, NEXT.get(), YEARS, NEXT.get() + 1, i - NEXT.get());
                YEARS[NEXT.getAndIncrement()] = year;
                return year;
            }
        }
        throw new AssertionError("the test fixtures have used every CASE year they may (2000-2099, 2120-2149); "
                + "a test opens more editions than the API's years allow");
    }
}
