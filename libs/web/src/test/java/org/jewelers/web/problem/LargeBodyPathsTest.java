package org.jewelers.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LargeBodyPathsTest {

    @Test
    void aPathCoversItselfAndWhatLiesBelowIt() {
        Pattern roster = BodyLimits.pathPattern("/api/v1/roster-imports");
        assertTrue(roster.matcher("/api/v1/roster-imports").matches());
        assertTrue(roster.matcher("/api/v1/roster-imports/42").matches());
        assertFalse(roster.matcher("/api/v1/roster-importsX").matches());
        assertFalse(roster.matcher("/api/v1/members").matches());
    }

    @Test
    void anAsteriskStandsForOneSegment() {
        Pattern images = BodyLimits.pathPattern("/api/v1/entries/*/images");
        assertTrue(images.matcher("/api/v1/entries/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11/images").matches());
        assertTrue(images.matcher("/api/v1/entries/6f1c/images/7").matches());
        assertFalse(images.matcher("/api/v1/entries/6f1c").matches());
        assertFalse(images.matcher("/api/v1/entries/a/b/images").matches());
        assertFalse(images.matcher("/api/v1/entries//images").matches());
    }

    @Test
    void aPathMayHaveASizeOfItsOwnButNeverMoreThanTheAppTakes() {
        BodyLimits limits = new BodyLimits(size("20M"), size("1M"), Optional.of(List.of("/api/v1/roster-imports",
                "/api/v1/entries/*/images=11M", "/api/v1/huge=30M")));
        assertEquals(20L << 20, limits.limitFor("/api/v1/roster-imports"));
        assertEquals(11L << 20, limits.limitFor("/api/v1/entries/6f1c/images"));
        assertEquals(20L << 20, limits.limitFor("/api/v1/huge"));
        assertEquals(1L << 20, limits.limitFor("/api/v1/members/6f1c/listing"));
        assertTrue(limits.isLarge("/api/v1/entries/6f1c/images"));
        assertFalse(limits.isLarge("/api/v1/members"));
    }

    private static MemorySize size(String text) {
        return new MemorySizeConverter().convert(text);
    }
}
