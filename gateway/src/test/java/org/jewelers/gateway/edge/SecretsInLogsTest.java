package org.jewelers.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jewelers.gateway.keys.ApiKeysTest;
import org.jewelers.gateway.routing.EchoUpstreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consent and unsubscribe tokens and partner keys travel in URIs; the gateway's logs, its access log first, must not keep them.
 * Every record of every category is read while the requests are handled.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstreams.class)
class SecretsInLogsTest {

    private final Queue<LogRecord> records = new ConcurrentLinkedQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aPartnerKeyInTheQueryIsMaskedInTheAccessLog() {
        String key = ApiKeysTest.createKey(List.of("https://partner.example"), 1000, 100000);
        // The widget sends its browser key in the query, from a page of one of the key's origins.
        given().header("Origin", "https://partner.example").get("/api/v1/members?q=ring&key=" + key)
                .then().statusCode(200);
        given().get("/api/v1/members?key=pk_unknown_but_secret").then().statusCode(401);

        List<String> lines = awaitAccessLines(2, "/api/v1/members?");
        assertEquals(List.of("GET /api/v1/members?q=ring&key=*** HTTP/1.1",
                "GET /api/v1/members?key=*** HTTP/1.1"), lines.stream().map(SecretsInLogsTest::requestLine).toList());
        assertEquals(List.of(), logged(key, "pk_unknown_but_secret"));
    }

    @Test
    void aConsentTokenIsMaskedInTheAccessLog() {
        given().get("/api/v1/nominations/consent/consent-token-4711").then().statusCode(503);

        List<String> lines = awaitAccessLines(1, "/api/v1/nominations/consent/");
        assertEquals(List.of("GET /api/v1/nominations/consent/*** HTTP/1.1"),
                lines.stream().map(SecretsInLogsTest::requestLine).toList());
        assertEquals(List.of(), logged("consent-token-4711"));
    }

    @Test
    void anUnsubscribeTokenIsMaskedInTheAccessLog() {
        given().post("/api/v1/notices/unsubscribe/unsubscribe-token-4711").then().statusCode(503);

        List<String> lines = awaitAccessLines(1, "/api/v1/notices/unsubscribe/");
        assertEquals(List.of("POST /api/v1/notices/unsubscribe/*** HTTP/1.1"),
                lines.stream().map(SecretsInLogsTest::requestLine).toList());
        assertEquals(List.of(), logged("unsubscribe-token-4711"));
    }

    private List<String> awaitAccessLines(int count, String containing) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> records.stream()
                .filter(r -> "io.quarkus.http.access-log".equals(r.getLoggerName()))
                .map(SecretsInLogsTest::text).filter(t -> t.contains(containing)).toList(), l -> l.size() >= count);
    }

    /** Every record, message and parameters, that carries one of the secrets. */
    private List<String> logged(String... secrets) {
        return records.stream().map(SecretsInLogsTest::text)
                .filter(text -> Stream.of(secrets).anyMatch(text::contains)).toList();
    }

    private static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        Stream.ofNullable(record.getParameters()).flatMap(Stream::of).forEach(p -> text.append(' ').append(p));
        return text.toString();
    }

    private static String requestLine(String accessLine) {
        return accessLine.substring(accessLine.indexOf('"') + 1, accessLine.indexOf('"', accessLine.indexOf('"') + 1));
    }
}
