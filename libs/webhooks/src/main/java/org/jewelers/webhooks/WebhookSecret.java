package org.jewelers.webhooks;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A symmetric Standard Webhooks signing secret: between 24 and 64 random bytes, shown to the partner as
 * {@code whsec_<base64>}. The HMAC key is the decoded bytes, never the text.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a webhook secret has " + MIN_BYTES + " to " + MAX_BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** A new secret for one subscription: the spec wants keys unique per endpoint. */
    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** Reads {@code whsec_<base64>}; the prefix may be left off, as the reference libraries allow. */
    public static WebhookSecret parse(String serialized) {
        Objects.requireNonNull(serialized, "secret");
        String encoded = serialized.startsWith(PREFIX) ? serialized.substring(PREFIX.length()) : serialized;
        try {
            return new WebhookSecret(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            // The decoder's message would quote part of the secret.
            throw new IllegalArgumentException("a webhook secret is " + PREFIX + " followed by base64");
        }
    }

    /** The form handed to the partner once, at subscription. */
    public String serialized() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Never the secret itself: it may end up in a log line. */
    @Override
    public String toString() {
        return PREFIX + "***";
    }
}
