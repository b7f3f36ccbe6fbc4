package org.jewelers.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A message's {@code Message-ID} from its key: the same key, the same id, however often it is sent (RFC 5322). */
public final class MessageIds {

    private MessageIds() {
    }

    public static String of(String key, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 20) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
