package org.jewelers.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Bodies of undeclared length (chunked, as java.net.http sends a stream) are held to the same per-path limits as
 * declared ones: counted as they stream, broken off past the limit with 413 problem+json, and never held against
 * the service's circuit breaker.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstreams.class)
class StreamedBodyLimitTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource
    URL gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithAProblemAndNeverReachesTheService() throws Exception {
        HttpResponse<String> answer = chunked("/api/v1/members", 2 * 1024 * 1024);
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(null));
        assertEquals("https://jewelers.example/problems/body-too-large", new JsonObject(answer.body()).getString("type"));
        assertNull(answer.headers().firstValue("X-Upstream").orElse(null), "the service answered");
    }

    @Test
    void anUploadPathHasItsOwnLimitForChunkedBodiesToo() throws Exception {
        HttpResponse<String> within = chunked("/api/v1/roster-imports", 10 * 1024 * 1024);
        assertEquals(200, within.statusCode());
        assertEquals(10 * 1024 * 1024, new JsonObject(within.body()).getInteger("bytes"), "the whole body arrived");

        HttpResponse<String> over = chunked("/api/v1/roster-imports", 21 * 1024 * 1024);
        assertEquals(413, over.statusCode(), over.body());
        assertEquals(PROBLEM, over.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void repeatedOversizeBodiesDoNotOpenTheServicesBreaker() throws Exception {
        // More than the breaker's failure threshold (5).
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> answer = chunked("/api/v1/members", 2 * 1024 * 1024);
            assertEquals(413, answer.statusCode(), "attempt " + (i + 1) + ": " + answer.body());
        }
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(uri("/api/v1/members")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.headers().firstValue("X-Upstream").isPresent(), "the service was called");
    }

    private HttpResponse<String> chunked(String path, int bytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(gateway.toString().replaceAll("/$", "") + path);
    }
}
