package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk, the closed-loop HTTP load tool: as many requests as its connections can get answered. */
final class Wrk {

    static final int CONNECTIONS = 50;
    static final int THREADS = 2;
    /** Generous: on a busy 2-core machine a heavy search can queue for seconds; a timeout counts as a failure. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /**
     * One run's figures and wrk's own output. wrk counts answers of 400 and above as "Non-2xx or 3xx"; the service
     * answers a 3xx only to a conditional request (304), which wrk never sends.
     */
    record Result(List<String> command, double requestsPerSecond, long requests, long non2xx, long socketErrors,
                  String output) {

        /** No answer other than a 2xx, no connection error and no request left unanswered past the timeout. */
        boolean noFailures() {
            return non2xx == 0 && socketErrors == 0;
        }
    }

    private Wrk() {
    }

    static Result run(URI url, Duration duration) throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s",
                "--latency", "--timeout", TIMEOUT.toSeconds() + "s", url.toString());
        String output = Tools.run(command, null);
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(errors.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        return new Result(command, Double.parseDouble(Tools.find(REQUESTS_PER_SECOND, output, command)),
                Long.parseLong(Tools.find(TOTAL, output, command)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socketErrors, output);
    }

    static String version() {
        try {
            // wrk prints its version with its usage and exits with 1.
            String output = Tools.runAnyExit(List.of("wrk", "--version"), null).output();
            return output.lines().findFirst().orElse("wrk").replaceAll("\\s+Copyright.*", "");
        } catch (IOException e) {
            return "wrk (version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk (version unknown)";
        }
    }
}
