package org.jewelers.careers.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a list: enough to show a teaser and link to it. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(UUID id,
                             @Schema(example = "how-to-become-a-bench-jeweler") String slug,
                             ArticleKind kind,
                             ArticleState state,
                             @Schema(example = "How to become a bench jeweler") String title,
                             String summary,
                             @Schema(example = "design-and-production") String area,
                             List<String> tags,
                             @Schema(description = "When it went (or goes) public") Instant publishedAt,
                             @Schema(example = "/api/v1/articles/how-to-become-a-bench-jeweler") String url) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id, article.slug, article.kind, article.state, article.title, article.summary, article.area,
                List.copyOf(article.tags), article.publishAt, "/api/v1/articles/" + article.slug);
    }
}
