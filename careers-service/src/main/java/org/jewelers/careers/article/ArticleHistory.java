package org.jewelers.careers.article;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.jewelers.audit.AuditTrail;
import org.jewelers.audit.SubjectHistory;

/** The revision history of articles: every change, by whom and when, as a field-by-field difference. */
@Singleton
public class ArticleHistory extends SubjectHistory {

    /** Bookkeeping that changes with every write; a revision shows what the writer changed. */
    private static final String[] BOOKKEEPING = {"id", "version", "createdAt", "updatedAt"};

    ArticleHistory(AuditTrail trail) {
        super(trail, "article");
    }

    /** Records the difference between two views of an article; {@code before} is null for a new one. */
    void record(UUID articleId, String actor, String action, ArticleView before, ArticleView after) {
        changes(articleId, actor, action, null, before, after, BOOKKEEPING);
    }
}
