package org.jewelers.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The partner key the search widget's demo page uses, a browser key created through the gateway's staff API. It is
 * allowed for the gateway's own origin (as 127.0.0.1 and as localhost; the demo page reads from there, and the
 * gateway learns its origin from the Referer) and for http://localhost:8090, a second origin to try the snippet
 * from. Its secret is shown only when it is created, so it is kept beside the data it belongs to: a
 * restart finds it again and a reset wipes both.
 */
final class DemoPartnerKey {

    static final int SECOND_ORIGIN_PORT = 8090;

    private DemoPartnerKey() {
    }

    static String once(URI gateway, DevTokens tokens, Path secretFile) {
        try {
            if (Files.exists(secretFile)) {
                return Files.readString(secretFile).strip();
            }
            String secret = create(gateway, tokens);
            Files.writeString(secretFile, secret + "\n");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: the demo partner key", e);
        }
    }

    private static String create(URI gateway, DevTokens tokens) {
        return new DemoApi(gateway, tokens.staff()).create("/api/v1/api-keys", Map.of(
                "name", "Search widget demo (dev stack)",
                "type", "browser",
                "allowedOrigins", List.of(gateway.toString(), "http://localhost:" + gateway.getPort(),
                        "http://localhost:" + SECOND_ORIGIN_PORT),
                "requestsPerMinute", 120,
                "requestsPerDay", 20_000)).path("secret").asText();
    }
}
