package org.jewelers.careers.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as readers see it (staff also see drafts, reviews and archived ones). */
@Schema(name = "Article")
public record ArticleView(UUID id,
                          @Schema(example = "how-to-become-a-bench-jeweler") String slug,
                          ArticleKind kind,
                          @Schema(example = "How to become a bench jeweler") String title,
                          @Schema(example = "Apprenticeship, trade school or both: the paths into the workshop.") String summary,
                          @Schema(description = "Plain text; blank lines separate paragraphs") String body,
                          @Schema(description = "A career area slug, or null for content about the industry at large", nullable = true,
                                  example = "design-and-production") String area,
                          @Schema(example = "[\"bench\", \"apprenticeship\"]") List<String> tags,
                          ArticleState state,
                          @Schema(description = "When it appears (or appeared) to the public; set when published", nullable = true) Instant publishAt,
                          @Schema(description = "For a spotlight story: the award it was drafted from (a CASE winner or a 20 Under 40 honoree)", nullable = true) UUID awardId,
                          Instant createdAt, Instant updatedAt, long version) {

    static ArticleView of(Article article) {
        return new ArticleView(article.id, article.slug, article.kind, article.title, article.summary, article.body,
                article.area, List.copyOf(article.tags), article.state, article.publishAt, article.awardId, article.createdAt,
                article.updatedAt, article.version);
    }
}
