package org.jewelers.careers.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new draft as staff enter it. The slug defaults to one made from the title. */
@Schema(name = "NewArticle")
public record NewArticle(
        @NotNull @Schema(example = "article") ArticleKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "How to become a bench jeweler") String title,
        @Size(max = 120) @Schema(description = "Lowercase words joined by hyphens; made from the title when absent",
                example = "how-to-become-a-bench-jeweler") String slug,
        @NotBlank @Size(max = 500) @Schema(example = "Apprenticeship, trade school or both: the paths into the workshop.")
        String summary,
        @NotBlank @Size(max = 100000) @Schema(description = "Plain text; blank lines separate paragraphs") String body,
        @Size(max = 60) @Schema(description = "A career area slug, see /api/v1/career-areas", example = "design-and-production")
        String area,
        @Size(max = 20) @Schema(description = "Lowercase words joined by hyphens", example = "[\"bench\", \"apprenticeship\"]")
        List<String> tags) {
}
