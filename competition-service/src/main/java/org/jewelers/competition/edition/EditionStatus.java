package org.jewelers.competition.edition;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** Where an edition's entry window stands at a given moment. */
public enum EditionStatus implements Coded {
    UPCOMING("upcoming"),
    OPEN("open"),
    CLOSED("closed");

    private final String code;

    EditionStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
