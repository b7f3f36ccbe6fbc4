package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the problem types a module declares in step with its committed list ({@code problem-types.txt} in the
 * module's folder, one type URI a line, {@code #} starting a comment). Clients branch on a type's URI, so a listed
 * type removed or renamed in the code fails, whatever else changed; a new type fails until its line is added, so
 * that every change to the list shows in review.
 */
public final class ProblemTypeList {

    public static final Path COMMITTED = Path.of("problem-types.txt");

    private ProblemTypeList() {
    }

    public static void assertListed(Collection<String> declared) {
        assertListed(COMMITTED, declared);
    }

    static void assertListed(Path list, Collection<String> declared) {
        List<String> duplicated = declared.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(uri -> uri.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), duplicated, "a type URI is declared twice");
        Set<String> listed = read(list);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(declared);
        if (!gone.isEmpty()) {
            fail("Problem types that clients branch on are gone from the code (removed or renamed): " + gone
                    + ". Every listed type must stay.");
        }
        Set<String> unlisted = new TreeSet<>(declared);
        unlisted.removeAll(listed);
        if (!unlisted.isEmpty()) {
            fail("New problem types, not in " + list + " yet: " + unlisted + ". Add a line for each.");
        }
    }

    private static Set<String> read(Path list) {
        try {
            return Files.readAllLines(list).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
