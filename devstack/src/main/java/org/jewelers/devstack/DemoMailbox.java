package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo loader's reads of the stack's mailbox: a nominee follows the link of the consent request mailed to them. */
final class DemoMailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONSENT_LINK = Pattern.compile("/api/v1/nominations/consent/([A-Za-z0-9_-]+)");
    /** The outbox sends every second; a minute covers a slow first start. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI messages;

    DemoMailbox(URI messages) {
        this.messages = messages;
    }

    /** The token of the consent link in the newest message to the address, once one has come. */
    String consentToken(String address) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : read(address)) {
                Matcher link = CONSENT_LINK.matcher(message.path("text").asText());
                if (link.find()) {
                    return link.group(1);
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the consent request", e);
            }
        }
        throw new IllegalStateException("demo data: no consent request reached " + address + " within " + PATIENCE);
    }

    private JsonNode read(String address) {
        URI uri = URI.create(messages + "?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
        try {
            String body = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data: the mailbox at " + messages + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the mailbox", e);
        }
    }
}
