package org.jewelers.systemtests.authorization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jewelers.systemtests.ServedDocuments;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix (issue #10): who may call what, through the gateway, for every operation of the system.
 *
 * <p>{@code authorization-matrix.md} (test resources) is a hand-written table of every operation of every service
 * and of the gateway against each kind of caller: no token, an expired token, a token signed by a key the system
 * does not know, and a valid token of each role (staff, entrant, judge, a member of the firm concerned, a member of
 * another firm), each cell the status expected. Its expectations come from the resource classes and the
 * architecture's Contracts, not from what the system answered; where the two disagree the row says FINDING.
 * {@code foreign-objects.md} adds every id-taking operation tried on somebody else's object: an entrant on another
 * entrant's entries and nominations, a member on another firm's listing and postings, a judge on an entry they
 * are not assigned or are in conflict with.
 *
 * <p>The first test fails when the gateway serves an operation the matrix has no row for (or the matrix names one
 * it no longer serves), so that a new route cannot ship without its authorization being written down. The other
 * two send every cell and row against objects made for the purpose ({@link MatrixFixture}), print every attempt,
 * and fail listing each answer that differs from the table. How long the requests took is printed, never asserted.
 */
class AuthorizationMatrixTest {

    private static final String MATRIX = "authorization-matrix.md";
    private static final String FOREIGN_OBJECTS = "foreign-objects.md";

    @Test
    void theMatrixHasARowForEveryOperationTheGatewayServes() {
        Set<String> served = new TreeSet<>();
        for (String app : ServedDocuments.APPS) {
            ServedDocuments.operations(app).forEach(operation -> served.add(app + " " + operation));
        }
        Set<String> written = new TreeSet<>();
        for (MarkdownTable.Row row : MarkdownTable.read(MATRIX).rows()) {
            written.add(row.get("service") + " " + row.get("operation"));
        }

        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(written);
        Set<String> stale = new TreeSet<>(written);
        stale.removeAll(served);
        System.out.printf("authorization matrix: %d operations served through the gateway, %d in the matrix%n",
                served.size(), written.size());
        assertTrue(missing.isEmpty() && stale.isEmpty(), "the matrix (" + MATRIX + ") is out of step with the "
                + "operations the gateway serves.\n  served but without a row: " + missing
                + "\n  a row but not served: " + stale);
    }

    @Test
    void everyCallerGetsTheAnswerTheMatrixExpects() {
        MatrixFixture fixture = MatrixFixture.get();
        Attempts attempts = new Attempts(fixture);
        long started = System.nanoTime();
        for (MarkdownTable.Row row : MarkdownTable.read(MATRIX).rows()) {
            StringBuilder line = new StringBuilder(row.get("operation") + "  " + row.get("request") + ":");
            for (String caller : Callers.MATRIX) {
                String expected = row.get(caller);
                int status = attempts.attempt(caller, row.get("operation"), row.get("request"), row.get("body"),
                        expected, row.line());
                line.append(' ').append(caller).append('=').append(status)
                        .append(Attempts.matches(expected, status) ? "" : "(expected " + expected + ")");
            }
            System.out.println(line);
        }
        report("authorization matrix", attempts, Duration.ofNanos(System.nanoTime() - started));
    }

    @Test
    void nobodyReachesAnotherUsersObject() {
        MatrixFixture fixture = MatrixFixture.get();
        Attempts attempts = new Attempts(fixture);
        long started = System.nanoTime();
        for (MarkdownTable.Row row : MarkdownTable.read(FOREIGN_OBJECTS).rows()) {
            int status = attempts.attempt(row.get("caller"), row.get("operation"), row.get("request"),
                    row.get("body"), row.get("expected"), row.line());
            System.out.printf("%s  %s as %s: %d%s%n", row.get("operation"), row.get("request"), row.get("caller"),
                    status, Attempts.matches(row.get("expected"), status) ? "" : " (expected " + row.get("expected") + ")");
        }
        report("other people's objects", attempts, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void report(String what, Attempts attempts, Duration took) {
        List<String> unexpected = attempts.unexpected();
        System.out.printf("%s: %d attempts in %.1f s, %d unexpected outcomes%n", what, attempts.sent(),
                took.toMillis() / 1000.0, unexpected.size());
        unexpected.forEach(outcome -> System.out.println("  UNEXPECTED " + outcome));
        assertTrue(unexpected.isEmpty(), what + ": " + unexpected.size() + " of " + attempts.sent()
                + " answers differ from the table:\n  " + String.join("\n  ", unexpected));
    }
}
