package org.jewelers.careers.article;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** An article explains (how to become a bench jeweler); a story is about people and their work (an award spotlight). */
public enum ArticleKind implements Coded {
    ARTICLE("article"),
    STORY("story");

    private final String code;

    ArticleKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
