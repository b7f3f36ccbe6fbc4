package org.jewelers.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

/**
 * Signs a delivery as the Standard Webhooks spec says. With more than one secret (the current one first, then the one
 * being retired) every signature goes in the header, space separated, so a partner rotating secrets loses nothing.
 */
public final class WebhookSigner {

    private final List<WebhookSecret> secrets;
    private final Clock clock;

    public WebhookSigner(List<WebhookSecret> secrets, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a signer needs at least one secret");
        }
        this.secrets = List.copyOf(secrets);
        this.clock = clock;
    }

    public WebhookSigner(WebhookSecret secret, Clock clock) {
        this(List.of(secret), clock);
    }

    /** Signs the bytes that will be sent, exactly: a payload serialized again after signing no longer verifies. */
    public WebhookHeaders sign(String id, byte[] payload) {
        return sign(id, clock.instant().getEpochSecond(), payload);
    }

    public WebhookHeaders sign(String id, String payload) {
        return sign(id, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs at a given time; {@link #sign(String, byte[])} takes the clock's. */
    public WebhookHeaders sign(String id, long timestamp, byte[] payload) {
        requireMessageId(id);
        StringJoiner signatures = new StringJoiner(" ");
        for (WebhookSecret secret : secrets) {
            signatures.add(WebhookSignature.VERSION + ","
                    + Base64.getEncoder().encodeToString(WebhookSignature.hmac(secret, id, timestamp, payload)));
        }
        return new WebhookHeaders(id, timestamp, signatures.toString());
    }

    /**
     * The spec warns that an id holding a full stop lets one signed content be read as another; an id that is not
     * plain printable ASCII could also not travel as a header value.
     */
    static void requireMessageId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a webhook id is required");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.' || c <= ' ' || c > '~') {
                throw new IllegalArgumentException("a webhook id is printable ASCII without '.' or spaces: " + id);
            }
        }
    }
}
