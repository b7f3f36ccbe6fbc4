package org.jewelers.competition.custody;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC-SHA256 that seals each custody log row to its content and to the row before it. Keyed with a secret only
 * the application holds ({@code competition.custody.log-key}), so that someone who edits a row in the database and
 * recomputes a plain hash still leaves a row that does not verify.
 */
@ApplicationScoped
class LogSeal {

    private final SecretKeySpec key;

    LogSeal(@ConfigProperty(name = "competition.custody.log-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The seal of {@code entry} following a row sealed {@code previous} (null for an edition's first row). */
    String of(LogEntry entry, String previous) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Each field length-prefixed, so that no two different rows read as the same bytes.
            for (String field : new String[] {entry.editionId.toString(), Long.toString(entry.sequence),
                    entry.entryId.toString(), entry.action, entry.fromState, entry.toState, entry.actor,
                    entry.at.toString(), entry.place, entry.details, previous}) {
                byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
                mac.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code entry} carries the seal it should, compared in constant time. */
    boolean holds(LogEntry entry, String previous) {
        return MessageDigest.isEqual(of(entry, previous).getBytes(StandardCharsets.US_ASCII),
                entry.hmac.getBytes(StandardCharsets.US_ASCII));
    }
}
