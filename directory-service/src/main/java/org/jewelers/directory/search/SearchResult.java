package org.jewelers.directory.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.listing.Listing;

/** One page of search results, with facet counts over the whole result set. */
@Schema(name = "MemberSearchResult")
public record SearchResult(List<Hit> items, long total, int page, int size,
                           @Schema(description = "Unit of distances: mi or km", example = "mi") String unit,
                           Facets facets) {

    /** A matching firm, the location that matched, and its distance when the search had a point. */
    @Schema(name = "MemberSearchHit")
    public record Hit(Listing member, Listing.LocationView location,
                      @Schema(description = "From the search point to the location, in the answer's unit", example = "2.4")
                      Double distance) {
    }

    /** Counts of matching firms per kind, per service, per state (of the matching location) and per honor program. */
    @Schema(name = "MemberSearchFacets")
    public record Facets(@Schema(description = "Matching firms per kind of firm", example = "{\"retailer\": 12, \"manufacturer\": 2}")
                         Map<String, Long> kinds,
                         Map<String, Long> services, Map<String, Long> states, Map<String, Long> honors) {
    }
}
