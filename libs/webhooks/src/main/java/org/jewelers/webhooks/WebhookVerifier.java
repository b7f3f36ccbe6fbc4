package org.jewelers.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a delivery the way a partner should: the timestamp within a tolerance of now (replays of old deliveries
 * fail), then any one of the space separated {@code v1} signatures matching any one of the secrets, compared in
 * constant time. Signatures of other versions are skipped, as the spec asks, so a new scheme can be added beside v1.
 */
public final class WebhookVerifier {

    /** The reference libraries' default. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final List<WebhookSecret> secrets;
    private final Clock clock;
    private final Duration tolerance;

    public WebhookVerifier(List<WebhookSecret> secrets, Clock clock, Duration tolerance) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one secret");
        }
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("a tolerance is not negative: " + tolerance);
        }
        this.secrets = List.copyOf(secrets);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    public WebhookVerifier(WebhookSecret secret, Clock clock) {
        this(List.of(secret), clock, DEFAULT_TOLERANCE);
    }

    /** Reads the three headers by name whatever their case, as HTTP header names are. */
    public void verify(Map<String, String> headers, byte[] payload) throws WebhookVerificationException {
        verify(header(headers, WebhookHeaders.ID), header(headers, WebhookHeaders.TIMESTAMP),
                header(headers, WebhookHeaders.SIGNATURE), payload);
    }

    public void verify(Map<String, String> headers, String payload) throws WebhookVerificationException {
        verify(headers, payload.getBytes(StandardCharsets.UTF_8));
    }

    public void verify(String id, String timestamp, String signatureHeader, byte[] payload)
            throws WebhookVerificationException {
        if (id == null || timestamp == null || signatureHeader == null) {
            throw new WebhookVerificationException("missing " + WebhookHeaders.ID + ", " + WebhookHeaders.TIMESTAMP
                    + " or " + WebhookHeaders.SIGNATURE);
        }
        try {
            WebhookSigner.requireMessageId(id);
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException(e.getMessage());
        }
        long sentAt = timestamp(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sentAt) > tolerance.toSeconds()) {
            throw new WebhookVerificationException("timestamp " + sentAt + " is more than " + tolerance
                    + " away from now (" + now + ")");
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = WebhookSignature.hmac(secret, id, sentAt, payload);
            for (String versioned : signatureHeader.split(" ")) {
                int comma = versioned.indexOf(',');
                if (comma < 0 || !versioned.substring(0, comma).equals(WebhookSignature.VERSION)) {
                    continue;
                }
                byte[] given = decode(versioned.substring(comma + 1));
                if (given != null && MessageDigest.isEqual(expected, given)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException("no matching " + WebhookSignature.VERSION + " signature");
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** Digits only: Long.parseLong alone would take a sign, and a timestamp has none. */
    private static long timestamp(String value) throws WebhookVerificationException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new WebhookVerificationException("malformed " + WebhookHeaders.TIMESTAMP + ": " + value);
        }
        return Long.parseLong(value);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
