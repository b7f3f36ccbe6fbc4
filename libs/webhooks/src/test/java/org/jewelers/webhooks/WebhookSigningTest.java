package org.jewelers.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSigningTest {

    /*
     * The Standard Webhooks reference vector, copied from github.com/standard-webhooks/standard-webhooks at b2fa7b8:
     * libraries/python/tests/test_webhooks.py test_sign_function (the same values are in
     * libraries/java/src/test/java/com/standardwebhooks/TestScenario.java validSigned, libraries/go/webhook_test.go
     * and libraries/javascript/src/webhook.test.ts).
     */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String PAYLOAD = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    /* The same files' signature of another message: valid base64, a v1 signature, just not this one's. */
    private static final String OTHER_SIGNATURE = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

    private static final Clock AT_VECTOR = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);
    private final WebhookSecret secret = WebhookSecret.parse(SECRET);

    @Test
    void signsTheSpecificationsTestVector() {
        WebhookHeaders headers = new WebhookSigner(secret, AT_VECTOR).sign(MSG_ID, PAYLOAD);

        assertEquals(Map.of("webhook-id", MSG_ID, "webhook-timestamp", "1614265330", "webhook-signature", EXPECTED),
                headers.asMap());
    }

    @Test
    void theSignatureIsAnHmacOfIdTimestampAndPayloadUnderTheDecodedSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring(6)), "HmacSHA256"));
        String recomputed = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((MSG_ID + "." + TIMESTAMP + "." + PAYLOAD).getBytes(StandardCharsets.UTF_8)));

        assertEquals(recomputed,
                new WebhookSigner(secret, AT_VECTOR).sign(MSG_ID, PAYLOAD.getBytes(StandardCharsets.UTF_8))
                        .signature());
    }

    @Test
    void verifiesTheTestVectorWithinTheToleranceOnEitherSide() {
        Map<String, String> headers = vectorHeaders(EXPECTED);
        for (long offset : new long[] {-300, 0, 300}) {
            WebhookVerifier verifier = new WebhookVerifier(List.of(secret), at(TIMESTAMP + offset),
                    WebhookVerifier.DEFAULT_TOLERANCE);
            assertDoesNotThrow(() -> verifier.verify(headers, PAYLOAD), "now = vector + " + offset + " s");
        }
    }

    @Test
    void refusesATimestampOutsideTheTolerance() {
        for (long offset : new long[] {-301, 301, 86_400}) {
            WebhookVerifier verifier = new WebhookVerifier(List.of(secret), at(TIMESTAMP + offset),
                    WebhookVerifier.DEFAULT_TOLERANCE);
            assertThrows(WebhookVerificationException.class, () -> verifier.verify(vectorHeaders(EXPECTED), PAYLOAD),
                    "now = vector + " + offset + " s");
        }
    }

    @Test
    void acceptsAnyOneMatchingSignatureAmongSeveralAndSkipsOtherVersions() throws Exception {
        String header = String.join(" ", OTHER_SIGNATURE, "v2," + EXPECTED.substring(3), "v1,not-base64!",
                EXPECTED, OTHER_SIGNATURE);

        new WebhookVerifier(secret, AT_VECTOR).verify(vectorHeaders(header), PAYLOAD);
    }

    @Test
    void refusesWhatTheSecretDidNotSign() {
        WebhookVerifier verifier = new WebhookVerifier(secret, AT_VECTOR);
        Map<String, Map<String, String>> cases = Map.of(
                "another message's signature", vectorHeaders(OTHER_SIGNATURE),
                "the right signature under another version", vectorHeaders("v2," + EXPECTED.substring(3)),
                "an empty signature", vectorHeaders("v1,"),
                "no version", vectorHeaders(EXPECTED.substring(3)),
                "another id", Map.of("webhook-id", "msg_other", "webhook-timestamp", "1614265330",
                        "webhook-signature", EXPECTED),
                "a signed timestamp", Map.of("webhook-id", MSG_ID, "webhook-timestamp", "+1614265330",
                        "webhook-signature", EXPECTED),
                "a timestamp that is not a number", Map.of("webhook-id", MSG_ID, "webhook-timestamp", "hello",
                        "webhook-signature", EXPECTED),
                "no signature header", Map.of("webhook-id", MSG_ID, "webhook-timestamp", "1614265330"),
                "no id header", Map.of("webhook-timestamp", "1614265330", "webhook-signature", EXPECTED),
                "no timestamp header", Map.of("webhook-id", MSG_ID, "webhook-signature", EXPECTED));
        cases.forEach((name, headers) -> assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(headers, PAYLOAD), name));
        assertThrows(WebhookVerificationException.class,
                () -> verifier.verify(vectorHeaders(EXPECTED), PAYLOAD + " "), "a payload changed by one space");
    }

    @Test
    void readsHeaderNamesWhateverTheirCase() throws Exception {
        new WebhookVerifier(secret, AT_VECTOR).verify(Map.of("Webhook-Id", MSG_ID, "WEBHOOK-TIMESTAMP",
                "1614265330", "Webhook-Signature", EXPECTED), PAYLOAD);
    }

    @Test
    void signsWithEverySecretDuringARotationAndEitherVerifies() throws Exception {
        WebhookSecret next = WebhookSecret.generate(new SecureRandom());
        WebhookHeaders headers = new WebhookSigner(List.of(next, secret), AT_VECTOR).sign(MSG_ID, PAYLOAD);

        assertEquals(2, headers.signature().split(" ").length);
        assertEquals(EXPECTED, headers.signature().split(" ")[1]);
        new WebhookVerifier(next, AT_VECTOR).verify(headers.asMap(), PAYLOAD);
        new WebhookVerifier(secret, AT_VECTOR).verify(headers.asMap(), PAYLOAD);
    }

    @Test
    void aVerifierHoldingTheOldAndNewSecretsAcceptsEither() throws Exception {
        WebhookSecret next = WebhookSecret.generate(new SecureRandom());
        WebhookVerifier verifier = new WebhookVerifier(List.of(next, secret), AT_VECTOR,
                WebhookVerifier.DEFAULT_TOLERANCE);

        verifier.verify(vectorHeaders(EXPECTED), PAYLOAD);
        verifier.verify(new WebhookSigner(next, AT_VECTOR).sign(MSG_ID, PAYLOAD).asMap(), PAYLOAD);
    }

    @Test
    void secretsRoundTripWithThePrefixAndNeverShowInToString() {
        WebhookSecret generated = WebhookSecret.generate(new SecureRandom());

        assertEquals(generated, WebhookSecret.parse(generated.serialized()));
        assertEquals(secret, WebhookSecret.parse(SECRET.substring(6)), "the prefix may be left off");
        assertEquals(SECRET, secret.serialized());
        assertFalse(secret.toString().contains(SECRET.substring(6)));
    }

    @Test
    void refusesSecretsTheSpecificationDoesNotAllow() {
        byte[] tooShort = new byte[23];
        byte[] tooLong = new byte[65];
        for (String bad : List.of("whsec_", "whsec_" + Base64.getEncoder().encodeToString(tooShort),
                "whsec_" + Base64.getEncoder().encodeToString(tooLong), "whsec_not*base64")) {
            assertThrows(IllegalArgumentException.class, () -> WebhookSecret.parse(bad), bad);
        }
    }

    @Test
    void refusesToSignAnIdThatCouldBeReadAsPartOfTheTimestamp() {
        WebhookSigner signer = new WebhookSigner(secret, AT_VECTOR);
        for (String id : List.of("", "msg.1", "msg 1", "msg\n1")) {
            assertThrows(IllegalArgumentException.class, () -> signer.sign(id, PAYLOAD), id);
        }
    }

    private static Map<String, String> vectorHeaders(String signature) {
        return Map.of("webhook-id", MSG_ID, "webhook-timestamp", Long.toString(TIMESTAMP),
                "webhook-signature", signature);
    }

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
