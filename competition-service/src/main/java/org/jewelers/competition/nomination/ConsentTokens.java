package org.jewelers.competition.nomination;

import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Consent tokens: 256 random bits, URL-safe, mailed to the nominee. Only their SHA-256 is stored, so that the
 * database alone cannot answer for a nominee.
 */
final class ConsentTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsentTokens() {
    }

    static String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
