package org.jewelers.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Far more concurrent callers than a slow service can take: ten times the requests it may have at once plus its
 * queue, for a few seconds. Every caller waits longer than the route's timeout, so a request left to pile up would
 * end as a 504 or a client time-out; shed load ends as a fast 503.
 */
@QuarkusTest
class OverloadTest {

    private static final int CLIENTS = 10 * (EchoUpstreams.SLOW_MAX_IN_FLIGHT + EchoUpstreams.SLOW_QUEUE_SIZE);
    private static final Duration LOAD_FOR = Duration.ofSeconds(5);
    private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(EchoUpstreams.SLOW_TIMEOUT_MILLIS * 2);

    @TestHTTPResource("/api/v1/slow/work")
    URI slow;

    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void anOverloadedServiceIsAnsweredFastWith503AndNoCallerTimesOut() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CLIENT_TIMEOUT).build();
        ExecutorService callers = Executors.newFixedThreadPool(CLIENTS);
        long until = System.nanoTime() + LOAD_FOR.toNanos();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(callers.submit(() -> {
                    while (System.nanoTime() < until) {
                        answers.add(call(client));
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                // A caller that timed out or failed to connect throws here, with the cause.
                caller.get(LOAD_FOR.plus(CLIENT_TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.status, 1, Integer::sum));
        for (Answer answer : answers) {
            boolean refused = answer.status == 429 || answer.status == 503;
            assertTrue(answer.status / 100 == 2 || refused, "only 2xx, 429 or 503, got " + byStatus);
            if (refused) {
                assertEquals("application/problem+json", answer.contentType, "a refusal is a problem");
                assertTrue(answer.retryAfter != null, "a refusal says when to retry");
            }
        }
        assertTrue(byStatus.getOrDefault(200, 0) > 0, "the service still served some: " + byStatus);
        assertTrue(byStatus.getOrDefault(503, 0) > 0, "the overload was refused: " + byStatus);
        String metrics = given().get(management.resolve("/q/metrics")).then().statusCode(200).extract().asString();
        Matcher shed = Pattern.compile("gateway_upstream_shed_total\\{service=\"slow\"} ([0-9.E]+)")
                .matcher(metrics);
        assertTrue(shed.find() && Double.parseDouble(shed.group(1)) >= byStatus.get(503),
                "every refusal is counted in the metrics");
        long[] refusalMillis = answers.stream().filter(answer -> answer.status == 503)
                .mapToLong(answer -> answer.nanos / 1_000_000).sorted().toArray();
        long[] servedMillis = answers.stream().filter(answer -> answer.status == 200)
                .mapToLong(answer -> answer.nanos / 1_000_000).sorted().toArray();
        System.out.printf("Overload: %d clients for %d s against %d slots + %d queued (%d ms each): %s; "
                        + "refusals in ms p50 %d, p99 %d, max %d; served in ms p50 %d, p99 %d, max %d%n",
                CLIENTS, LOAD_FOR.toSeconds(), EchoUpstreams.SLOW_MAX_IN_FLIGHT, EchoUpstreams.SLOW_QUEUE_SIZE,
                SlowService.WORK_MILLIS, byStatus, percentile(refusalMillis, 50), percentile(refusalMillis, 99),
                refusalMillis[refusalMillis.length - 1], percentile(servedMillis, 50), percentile(servedMillis, 99),
                servedMillis[servedMillis.length - 1]);
    }

    private Answer call(HttpClient client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(slow).timeout(CLIENT_TIMEOUT).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), System.nanoTime() - start,
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private record Answer(int status, long nanos, String contentType, String retryAfter) {
    }
}
