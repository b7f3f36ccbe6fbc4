package org.jewelers.web.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LargeBodyPathsTest {

    @Test
    void aPathCoversItselfAndWhatLiesBelowIt() {
        Pattern roster = EdgeProblems.pathPattern("/api/v1/roster-imports");
        assertTrue(roster.matcher("/api/v1/roster-imports").matches());
        assertTrue(roster.matcher("/api/v1/roster-imports/42").matches());
        assertFalse(roster.matcher("/api/v1/roster-importsX").matches());
        assertFalse(roster.matcher("/api/v1/members").matches());
    }

    @Test
    void anAsteriskStandsForOneSegment() {
        Pattern images = EdgeProblems.pathPattern("/api/v1/entries/*/images");
        assertTrue(images.matcher("/api/v1/entries/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11/images").matches());
        assertTrue(images.matcher("/api/v1/entries/6f1c/images/7").matches());
        assertFalse(images.matcher("/api/v1/entries/6f1c").matches());
        assertFalse(images.matcher("/api/v1/entries/a/b/images").matches());
        assertFalse(images.matcher("/api/v1/entries//images").matches());
    }
}
