package org.jewelers.gateway.keys;

import java.time.Instant;

/**
 * An active key found by a secret: by its current secret (usable until revoked), or by the one it had before its
 * last rotation, usable until the rotation's overlap ends. Held in the key cache, so the end is checked on each use.
 */
public record KeyMatch(ApiKey key, Instant usableUntil) {

    public boolean usableAt(Instant now) {
        return usableUntil == null || now.isBefore(usableUntil);
    }
}
