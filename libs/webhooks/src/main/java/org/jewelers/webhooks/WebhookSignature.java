package org.jewelers.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code v1} scheme: HMAC-SHA256 over {@code id.timestamp.payload}, shared by the signer and the verifier. */
final class WebhookSignature {

    static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    static byte[] hmac(WebhookSecret secret, String id, long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
