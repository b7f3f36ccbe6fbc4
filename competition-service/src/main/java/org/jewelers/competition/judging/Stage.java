package org.jewelers.competition.judging;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** The two rounds of an edition: every accepted entry is pre-judged online, then the finalists are judged again. */
public enum Stage implements Coded {
    PRE_JUDGING("pre-judging"),
    FINALS("finals");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
