package org.jewelers.systemtests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client the clients module compiles (its src/system.test.ts) run by Node's test runner against the
 * running system: a public call, a token call, and problems read as the document types them, the 429 included.
 */
class TypeScriptClientTest {

    private static final Path TESTS = Path.of("../clients/target/typescript/dist/system.test.js");

    @Test
    void theTypeScriptClientPassesItsTestsAgainstTheRunningSystem() throws IOException, InterruptedException {
        requireNode();
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=tap", TESTS.toString())
                .redirectErrorStream(true);
        node.environment().put("GATEWAY_URL", RunningSystem.gatewayUrl().replaceAll("/$", ""));
        node.environment().put("STAFF_TOKEN", RunningSystem.tokens().staff());
        Process run = node.start();
        // The output is read to its end before waiting, so the process never blocks on a full pipe.
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "node --test did not finish:\n" + output);

        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("# pass 5") && output.contains("# fail 0"), output);
    }

    /** Like the browser tests: without Node.js (so without the compiled client) skipped here, failed under CI. */
    private static void requireNode() {
        boolean built = Files.isRegularFile(TESTS);
        String missing = "the TypeScript client's test " + TESTS + " is missing: the clients module builds it with"
                + " Node.js and npm (.ci/run installs them)";
        if (!built && "true".equals(System.getenv("CI"))) {
            fail(missing + "; under CI they are required");
        }
        assumeTrue(built, missing);
    }
}
