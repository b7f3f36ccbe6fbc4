package org.jewelers.gateway.keys;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/**
 * Where a key is used, as the big map and search APIs tell keys apart. A browser key sits in partner pages, where
 * anyone can copy it, so it is taken only from a page on one of its allowed origins. A server key is a secret on
 * the partner's server, never in a page, so it has no origins and is refused when a page sends it.
 */
public enum ApiKeyType implements Coded {
    BROWSER("browser"),
    SERVER("server");

    private final String code;

    ApiKeyType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
