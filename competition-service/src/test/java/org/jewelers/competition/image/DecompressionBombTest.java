package org.jewelers.competition.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG declaring 20,000 × 20,000 pixels is refused from its header, never decoded: checked in a JVM of its own with
 * a 256 MiB heap, in which decoding it runs out of memory. The service's own upload path answers it with 422 in
 * ImageUploadTest; this is the same intake code under the heap the issue asks for, without starting a second app.
 */
class DecompressionBombTest {

    /** -XX:+ExitOnOutOfMemoryError exits with this status. */
    private static final int OUT_OF_MEMORY = 3;

    @Test
    void isRefusedFromItsHeaderInA256MiBHeap(@TempDir Path output) throws Exception {
        Run run = run("check", output);
        assertEquals(0, run.status(), "the intake refuses the bomb as unprocessable without running out of memory: "
                + run.output());
    }

    @Test
    void wouldExhaustThatHeapIfDecoded(@TempDir Path output) throws Exception {
        Run run = run("decode", output);
        assertEquals(OUT_OF_MEMORY, run.status(), run.output());
    }

    /** The output goes to a file: written to this JVM's own streams it would garble surefire's channel. */
    private static Run run(String mode, Path directory) throws Exception {
        Path output = directory.resolve(mode + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), BombCheck.class.getName(), mode)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check finishes within a minute");
        return new Run(process.exitValue(), Files.readString(output));
    }

    private record Run(int status, String output) {
    }
}
