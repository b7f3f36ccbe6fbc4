package org.jewelers.careers.article;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to an article's content: absent fields stay. Workflow moves have their own endpoints. */
@Schema(name = "ArticlePatch")
public record ArticlePatch(
        ArticleKind kind,
        @Size(min = 1, max = 200) String title,
        @Size(min = 1, max = 120) @Schema(description = "A new slug; the old one keeps answering with a 301 to it",
                example = "becoming-a-bench-jeweler") String slug,
        @Size(min = 1, max = 500) String summary,
        @Size(min = 1, max = 100000) String body,
        @Size(max = 60) @Schema(description = "A career area slug; an empty string clears it") String area,
        @Size(max = 20) List<String> tags) {
}
