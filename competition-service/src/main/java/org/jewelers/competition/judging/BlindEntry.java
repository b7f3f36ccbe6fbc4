package org.jewelers.competition.judging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.edition.Category;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryImage;

/**
 * An entry as a judge sees it: the piece and nothing of who made it. Built field by field from what may be shown,
 * never from the entry as a whole, so that a column added to entries later stays hidden until chosen here.
 */
@Schema(name = "BlindEntry", description = "A piece to judge, without anything that identifies its entrant or firm")
public record BlindEntry(UUID id, UUID roundId,
                         @Schema(example = "retailer-2001-5000") String category,
                         @Schema(example = "Retailer, $2,001 to $5,000") String categoryName,
                         @Schema(example = "Tidepool Cuff") String title,
                         String description,
                         String materialsAndTechniques,
                         @Schema(description = "The category's retail value band, not the piece's value") ValueBand valueBand,
                         List<BlindImage> images,
                         @Schema(description = "Your scores so far, by criterion code") Map<String, Integer> scores,
                         @Schema(description = "Whether you scored every criterion") boolean complete) {

    static BlindEntry of(Assignment assignment, List<EntryImage> images) {
        Entry entry = assignment.entry;
        Category category = entry.edition.categories.stream().filter(c -> c.code.equals(entry.category)).findFirst()
                .orElseThrow(() -> new IllegalStateException("entry " + entry.id + " names no category of its edition"));
        String base = "/api/v1/judging/rounds/" + assignment.round.id + "/entries/" + entry.id + "/images/";
        return new BlindEntry(entry.id, assignment.round.id, entry.category, category.name, entry.title,
                entry.description, entry.materialsAndTechniques,
                new ValueBand(category.minValueCents, category.maxValueCents, "USD"),
                images.stream().map(i -> new BlindImage(i.id, i.kind.code(), i.mediaType, i.width, i.height,
                        base + i.id, base + i.id + "/thumbnail")).toList(),
                Map.copyOf(assignment.scores), assignment.complete());
    }

    /** The band of retail values the category takes, in US cents. */
    @Schema(name = "ValueBand")
    public record ValueBand(@Schema(example = "200100") Long minCents, @Schema(example = "500000") Long maxCents,
                            @Schema(example = "USD") String currency) {
    }

    /** An image of the piece, fetched through the judging routes. */
    @Schema(name = "BlindImage")
    public record BlindImage(UUID id, @Schema(example = "photo") String kind,
                             @Schema(example = "image/jpeg") String mediaType,
                             @Schema(description = "In pixels; absent for a PDF") Integer width,
                             @Schema(description = "In pixels; absent for a PDF") Integer height,
                             @Schema(description = "The file in full size") String file,
                             @Schema(description = "A JPEG of at most 320 pixels a side") String thumbnail) {
    }
}
