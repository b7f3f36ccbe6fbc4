package org.jewelers.systemtests.abuse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Visitors of other partner sites searching at a steady rate, in the open model of benchmarks' {@code OpenLoad}:
 * request <i>i</i> is due at start + <i>i</i> / rate whatever happened to the ones before it, and its latency counts
 * from that due time. A caller that waited for each answer before sending again would slow down with a stalled
 * gateway and hide the stall; here it shows in full.
 */
final class SteadySearches {

    /** Who searches: a partner site's key, or an anonymous visitor. */
    record Caller(String name, Map<String, String> headers) {

        static Caller withKey(String name, String secret) {
            return new Caller(name, Map.of("X-Api-Key", secret));
        }

        static Caller anonymous(String name) {
            return new Caller(name, Map.of());
        }
    }

    /** One search's outcome: its status (0 when no answer came) and how long after its due time it ended. */
    record Answer(Caller caller, int status, long latencyNanos, Throwable failure) {

        boolean successful() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return caller.name() + ": " + (failure != null ? failure : "HTTP " + status);
        }
    }

    /** What one phase's searches got. */
    record Phase(List<Answer> answers) {

        long count() {
            return answers.size();
        }

        long successful() {
            return answers.stream().filter(Answer::successful).count();
        }

        List<Answer> unsuccessful() {
            return answers.stream().filter(answer -> !answer.successful()).toList();
        }

        Latencies latencies() {
            return Latencies.ofNanos(answers.stream().map(Answer::latencyNanos).toList());
        }
    }

    /** Sub-millisecond timers are not reliable; what fell due in between is sent on the next tick. */
    private static final long TICK_MILLIS = 1;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final URI search;
    private final List<Caller> callers;
    private final double ratePerCaller;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SteadySearches(URI search, List<Caller> callers, double ratePerCaller) {
        this.search = search;
        this.callers = List.copyOf(callers);
        this.ratePerCaller = ratePerCaller;
    }

    /** Every caller searches at its rate for the given time; answers once every search has its outcome. */
    Phase run(Duration duration) throws Exception {
        long intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / (ratePerCaller * callers.size()));
        long total = duration.toNanos() / intervalNanos;
        List<CompletableFuture<Answer>> outcomes = new ArrayList<>();
        CompletableFuture<Void> allSent = new CompletableFuture<>();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "steady-searches"));
        long start = System.nanoTime();
        try {
            sender.scheduleAtFixedRate(() -> {
                long due = Math.min(total, (System.nanoTime() - start) / intervalNanos + 1);
                for (long index = outcomes.size(); index < due; index++) {
                    outcomes.add(send(callers.get((int) (index % callers.size())), start + index * intervalNanos));
                }
                if (outcomes.size() == total) {
                    allSent.complete(null);
                }
            }, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
            allSent.get(duration.plus(PATIENCE).toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            sender.shutdownNow();
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .get(PATIENCE.toMillis() * 2, TimeUnit.MILLISECONDS);
        return new Phase(outcomes.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<Answer> send(Caller caller, long dueAt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(search).timeout(PATIENCE).GET();
        caller.headers().forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new Answer(caller, response == null ? 0 : response.statusCode(),
                        System.nanoTime() - dueAt, failure));
    }
}
