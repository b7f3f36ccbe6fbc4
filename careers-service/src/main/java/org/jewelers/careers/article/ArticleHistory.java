package org.jewelers.careers.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.web.audit.FieldChanges;
import org.jewelers.web.paging.Page;

/** The revision history of articles: every change, by whom and when, as a field-by-field difference. */
@ApplicationScoped
public class ArticleHistory implements PanacheRepositoryBase<ArticleRevision, Long> {

    /** Bookkeeping that changes with every write; a revision shows what the writer changed. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private final ObjectMapper json;
    private final Clock clock;

    ArticleHistory(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records the difference between two views of an article; {@code before} is null for a new one. */
    void record(UUID articleId, String actor, String action, ArticleView before, ArticleView after) {
        ObjectNode changes = FieldChanges.between(json, before, after, BOOKKEEPING.toArray(String[]::new));
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = articleId;
        revision.at = clock.instant();
        revision.actor = actor;
        revision.action = action;
        revision.changes = changes.toString();
        persist(revision);
    }

    Page<Revision> of(UUID articleId, int page, int size) {
        var query = find("articleId", Sort.descending("id"), articleId);
        return new Page<>(query.page(page, size).list().stream().map(this::revision).toList(), query.count(), page, size);
    }

    private Revision revision(ArticleRevision revision) {
        try {
            return new Revision(revision.at, revision.actor, revision.action, json.readTree(revision.changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article revision " + revision.id + " is not JSON", e);
        }
    }

    /** One revision as staff read it. */
    @Schema(name = "ArticleRevision")
    public record Revision(Instant at,
                           @Schema(description = "The token subject of the writer, or the service for drafts it made itself",
                                   example = "staff-1") String actor,
                           @Schema(enumeration = {"created", "edited", "submitted", "published", "archived", "drafted"},
                                   example = "edited") String action,
                           @Schema(description = "Each changed field with its value before and after",
                                   example = "{\"slug\": {\"from\": \"bench-basics\", \"to\": \"bench-jeweler-basics\"}}")
                           JsonNode changes) {
    }
}
