package org.jewelers.directory.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/** A firm's membership standing; only active and grace count as good standing. */
public enum Standing {
    ACTIVE("active", true),
    GRACE("grace", true),
    LAPSED("lapsed", false),
    SUSPENDED("suspended", false);

    private final String code;
    private final boolean good;

    Standing(String code, boolean good) {
        this.code = code;
        this.good = good;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isGood() {
        return good;
    }
}
