package org.jewelers.benchmarks.gateway;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk, the closed-loop HTTP load tool: as many requests as its connections get answered, here with headers. */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 50;

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** One run's figures and wrk's own output. */
    record Result(String command, double requestsPerSecond, long requests, long non2xx, long socketErrors,
                  String output) {

        boolean allSucceeded() {
            return requests > 0 && non2xx == 0 && socketErrors == 0;
        }
    }

    private Wrk() {
    }

    static Result run(URI url, Map<String, String> headers, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add(url.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String shown = String.join(" ", command).replaceAll("-H (X-Api-Key: )\\S+", "-H '$1<key>'");
        if (process.waitFor() != 0) {
            throw new IllegalStateException(shown + " exited with " + process.exitValue() + ":\n" + output);
        }
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(errors.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        return new Result(shown, Double.parseDouble(find(REQUESTS_PER_SECOND, output, shown)),
                Long.parseLong(find(TOTAL, output, shown)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socketErrors, output);
    }

    static String version() throws IOException, InterruptedException {
        // wrk prints its version with its usage and exits with 1.
        Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().findFirst().orElse("wrk").replaceAll("\\s+Copyright.*", "");
    }

    private static String find(Pattern pattern, String output, String command) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the output of " + command + ":\n" + output);
        }
        return matcher.group(1);
    }
}
