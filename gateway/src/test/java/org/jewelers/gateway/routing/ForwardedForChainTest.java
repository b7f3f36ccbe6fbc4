package org.jewelers.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request from the trusted proxy of the test profile (127.0.0.2) whose X-Forwarded-For comes in several header
 * lines: a client can send a line of its own ahead of the one its load balancer appends, so every line counts.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstreams.class)
class ForwardedForChainTest {

    @TestHTTPResource
    URL gateway;

    @Test
    void everyHeaderLineIsReadFromTheRight() throws IOException {
        String seen = forwardedForSeenByTheService("X-Forwarded-For: 1.2.3.4\r\nX-Forwarded-For: 203.0.113.9\r\n");
        assertEquals("203.0.113.9", seen, "the client's address, from the last line the proxy wrote");
    }

    @Test
    void trustedHopsInTheLastLineAreSkipped() throws IOException {
        String seen = forwardedForSeenByTheService(
                "X-Forwarded-For: 1.2.3.4\r\nX-Forwarded-For: 203.0.113.9, 127.0.0.2\r\n");
        assertEquals("203.0.113.9", seen);
    }

    private String forwardedForSeenByTheService(String headerLines) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName(gateway.getHost()), gateway.getPort(),
                InetAddress.getByName("127.0.0.2"), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/members HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines
                    + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("HTTP/1.1 200 OK", answer.substring(0, answer.indexOf("\r\n")), answer);
            return new JsonObject(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1))
                    .getString("forwardedFor");
        }
    }
}
