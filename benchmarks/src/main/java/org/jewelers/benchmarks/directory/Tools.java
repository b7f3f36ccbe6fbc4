package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command-line tools the benchmark compares against (wrk, pgbench) and reads their output. */
final class Tools {

    record Outcome(int exitCode, String output) {
    }

    private Tools() {
    }

    /** Runs a command to its end and returns its output (stdout and stderr together); fails on a non-zero exit. */
    static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Outcome outcome = runAnyExit(command, env);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + outcome.exitCode() + ":\n"
                    + outcome.output());
        }
        return outcome.output();
    }

    static Outcome runAnyExit(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            builder.environment().putAll(env);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(process.waitFor(), output);
    }

    static String find(Pattern pattern, String output, List<String> command) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the output of " + String.join(" ", command) + ":\n" + output);
        }
        return matcher.group(1);
    }
}
