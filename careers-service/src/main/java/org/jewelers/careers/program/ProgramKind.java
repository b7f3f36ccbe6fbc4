package org.jewelers.careers.program;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** What sort of education a program is. */
public enum ProgramKind implements Coded {
    DEGREE("degree"),
    CERTIFICATE("certificate"),
    COURSE("course"),
    YOUTH_CLASS("youth-class"),
    CAMP("camp");

    private final String code;

    ProgramKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
