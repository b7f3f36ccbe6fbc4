package org.jewelers.careers.article;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jewelers.web.Coded;

/** Where an article is in the publishing workflow: draft, in review, published (now or at its instant), archived. */
public enum ArticleState implements Coded {
    DRAFT("draft"),
    IN_REVIEW("in-review"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String code;

    ArticleState(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
