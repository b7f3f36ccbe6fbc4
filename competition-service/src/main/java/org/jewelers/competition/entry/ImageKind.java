package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** What an entry image shows: a photo of the made piece, or a rendering of its design. */
public enum ImageKind implements Coded {
    PHOTO("photo"),
    RENDERING("rendering");

    private final String code;

    ImageKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
