package org.jewelers.careers.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One match of a site search. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(enumeration = {"article", "story", "profile", "program", "job"}, example = "profile") String kind,
        @Schema(example = "Bench jeweler") String title,
        @Schema(description = "Where the whole item is", example = "/api/v1/career-profiles/bench-jeweler") String url,
        @Schema(description = "The best matching passage, HTML-escaped, with the matched words in <mark>",
                example = "Sizes, repairs, sets stones and fabricates <mark>jewelry</mark> at the bench") String snippet,
        @Schema(description = "Relevance; higher is better. Title matches weigh most, then summaries, then bodies",
                example = "0.6079271") double rank) {
}
