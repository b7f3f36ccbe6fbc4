package org.jewelers.gateway.keys;

import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Makes key secrets and the hashes kept of them. A secret is 256 random bits, so a plain SHA-256 is enough: nobody
 * can guess a preimage of it, and unlike a password it needs no slow, salted hash against dictionaries. A slow hash
 * would also cost every cache miss on the request path tens of milliseconds of CPU.
 */
final class ApiKeySecrets {

    private static final String PREFIX = "jk_";
    /** How much of the secret staff see in lists, enough to tell keys apart and no more. */
    private static final int SHOWN = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String shownPart(String secret) {
        return secret.substring(0, SHOWN);
    }

    static byte[] hash(String secret) {
        return DigestUtils.sha256(secret);
    }
}
