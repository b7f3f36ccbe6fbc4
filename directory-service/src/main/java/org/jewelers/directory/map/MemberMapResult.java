package org.jewelers.directory.map;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.search.BoundingBox;

/**
 * The matching firms in a box, counted in the grid's cells or, closer in, one by one: the clusters' counts plus the
 * single firms make the total, which is the search's total for the same filters and box.
 */
@Schema(name = "MemberMap")
public record MemberMapResult(
        @Schema(description = "The zoom asked", example = "7") int zoom,
        @Schema(description = "Side of the grid's square cells, in degrees: 90 / 2^zoom", example = "0.703125")
        double cellSize,
        @Schema(description = "Matching firms in the box: the search's total for the same filters and bbox",
                example = "42")
        long total,
        @Schema(description = "Matching firms per non-empty cell; empty when the answer lists single firms")
        List<Cluster> clusters,
        @Schema(description = "Each matching firm at the location that matched (from zoom 12, when at most 500); "
                + "empty when the answer counts in cells")
        List<Firm> firms) {

    /** The firms in one cell of the grid: how many, and where their matching locations are on average. */
    @Schema(name = "MemberMapCluster")
    public record Cluster(
            @Schema(description = "Mean latitude of the cell's matching locations", example = "43.61") double latitude,
            @Schema(description = "Mean longitude of the cell's matching locations", example = "-116.3")
            double longitude,
            @Schema(description = "Matching firms in the cell", example = "12") long count,
            @Schema(description = "The cell's edges; zooming to them splits the cluster") BoundingBox cell) {
    }

    /** A matching firm and the one location of it that matched (a firm counts once, as in the search). */
    @Schema(name = "MemberMapFirm")
    public record Firm(UUID id,
                       @Schema(example = "Sawtooth Diamond Gallery") String name,
                       UUID locationId,
                       @Schema(example = "43.6135") double latitude,
                       @Schema(example = "-116.2034") double longitude) {
    }
}
