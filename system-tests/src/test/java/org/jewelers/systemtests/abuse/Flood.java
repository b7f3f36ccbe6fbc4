package org.jewelers.systemtests.abuse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One partner key sending the same search as fast as it can over many connections at once, each sending again the
 * moment its answer is in. One thread handles every answer, so the flood takes about one core of the machine and
 * leaves the rest to the system under test.
 */
final class Flood {

    private static final String RATE_LIMITED = "https://jewelers.example/problems/rate-limited";

    /** What the flooder got; {@code misshapenRefusal} is the first 429 that was not problem+json with Retry-After. */
    record Outcome(long sent, long successful, long refused, Map<Integer, Long> otherStatuses, long failures,
                   String firstFailure, String misshapenRefusal, Instant start, Instant end) {

        double seconds() {
            return Duration.between(start, end).toMillis() / 1000.0;
        }

        /** Fixed one-minute windows the flood reached into: in each, the key may spend its limit afresh. */
        long minuteWindows() {
            return end.getEpochSecond() / 60 - start.getEpochSecond() / 60 + 1;
        }
    }

    private final HttpClient client;
    private final ExecutorService answers;
    private final HttpRequest request;
    private final CountDownLatch connectionsDone;
    private final LongAdder sent = new LongAdder();
    private final LongAdder successful = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Map<Integer, LongAdder> otherStatuses = new ConcurrentHashMap<>();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final AtomicReference<String> misshapenRefusal = new AtomicReference<>();
    private final Instant start = Instant.now();
    private volatile boolean stopping;

    private Flood(URI search, String apiKey, int connections) {
        this.answers = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "flood"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answers)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.request = HttpRequest.newBuilder(search).header("X-Api-Key", apiKey).timeout(Duration.ofSeconds(30))
                .GET().build();
        this.connectionsDone = new CountDownLatch(connections);
    }

    static Flood start(URI search, String apiKey, int connections) {
        Flood flood = new Flood(search, apiKey, connections);
        for (int i = 0; i < connections; i++) {
            flood.answers.execute(flood::sendNext);
        }
        return flood;
    }

    long refusedSoFar() {
        return refused.sum();
    }

    /** Stops sending and answers once every request in flight has its outcome. */
    Outcome stop() throws InterruptedException {
        stopping = true;
        try {
            if (!connectionsDone.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the flood's last requests were not answered within 60 s");
            }
        } finally {
            answers.shutdownNow();
        }
        Map<Integer, Long> others = new TreeMap<>();
        otherStatuses.forEach((status, count) -> others.put(status, count.sum()));
        return new Outcome(sent.sum(), successful.sum(), refused.sum(), others, failures.sum(), firstFailure.get(),
                misshapenRefusal.get(), start, Instant.now());
    }

    private void sendNext() {
        if (stopping) {
            connectionsDone.countDown();
            return;
        }
        sent.increment();
        // Async continuation: an answer that is already there must not recurse into the next send on this stack.
        client.sendAsync(request, Flood::bodyOfRefusalsOnly)
                .whenCompleteAsync((response, failure) -> {
                    count(response, failure);
                    sendNext();
                }, answers);
    }

    /** Only a refusal's body is read; a search result is skipped, so the flooder spends its core on sending. */
    private static HttpResponse.BodySubscriber<String> bodyOfRefusalsOnly(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 429 ? BodySubscribers.ofString(StandardCharsets.UTF_8)
                : BodySubscribers.replacing(null);
    }

    private void count(HttpResponse<String> response, Throwable failure) {
        if (response == null) {
            failures.increment();
            firstFailure.compareAndSet(null, String.valueOf(failure));
        } else if (response.statusCode() / 100 == 2) {
            successful.increment();
        } else if (response.statusCode() == 429) {
            refused.increment();
            checkShape(response);
        } else {
            otherStatuses.computeIfAbsent(response.statusCode(), status -> new LongAdder()).increment();
        }
    }

    private void checkShape(HttpResponse<String> refusal) {
        String contentType = refusal.headers().firstValue("Content-Type").orElse("");
        long retryAfter = refusal.headers().firstValue("Retry-After").map(Flood::seconds).orElse(-1L);
        String body = refusal.body();
        if (!contentType.startsWith("application/problem+json") || retryAfter < 1 || retryAfter > 60
                || !body.contains("\"" + RATE_LIMITED + "\"") || !body.contains("\"status\":429")) {
            misshapenRefusal.compareAndSet(null, "Content-Type: " + contentType + ", Retry-After: "
                    + refusal.headers().firstValue("Retry-After").orElse("(none)") + ", body: " + body);
        }
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
