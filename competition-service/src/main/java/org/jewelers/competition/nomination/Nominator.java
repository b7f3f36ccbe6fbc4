package org.jewelers.competition.nomination;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** Who put the nominee forward: the nominee, or a colleague, whose nomination then needs the nominee's consent. */
public enum Nominator implements Coded {
    SELF("self"),
    COLLEAGUE("colleague");

    private final String code;

    Nominator(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
