package org.jewelers.careers.job;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** Why a posting closed, as the careers.job.closed contract names it. */
public enum CloseReason implements Coded {
    FILLED("filled"),
    EXPIRED("expired"),
    WITHDRAWN("withdrawn"),
    EMPLOYER_LAPSED("employer-lapsed");

    private final String code;

    CloseReason(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
