package org.jewelers.careers.job;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of open postings. */
@Schema(name = "JobSearchResult")
public record JobSearchResult(List<Hit> items, long total, int page, int size,
                              @Schema(description = "Unit of distances: mi or km", example = "mi") String unit) {

    /** A matching posting, and its distance when the search had a ZIP. */
    @Schema(name = "JobSearchHit")
    public record Hit(JobView job,
                      @Schema(description = "From the ZIP searched around to the job, in the answer's unit", example = "12.5")
                      Double distance) {
    }
}
