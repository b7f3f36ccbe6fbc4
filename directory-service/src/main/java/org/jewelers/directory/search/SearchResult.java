package org.jewelers.directory.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.directory.hours.Opening;
import org.jewelers.directory.listing.Listing;

/** One page of search results, with facet counts over the whole result set. */
@Schema(name = "MemberSearchResult")
public record SearchResult(List<Hit> items, long total, int page, int size,
                           @Schema(description = "Unit of distances: mi or km", example = "mi") String unit,
                           Facets facets) {

    /**
     * A matching firm, the location that matched, its distance when the search had a point, and whether that location
     * is open now by its hours and dated exceptions, with when that changes next.
     */
    @Schema(name = "MemberSearchHit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hit(@Schema(ref = "Member") RawValue member,
                      @Schema(ref = "Location") RawValue location,
                      @Schema(description = "From the search point to the location, in the answer's unit", example = "2.4")
                      Double distance,
                      @Schema(description = "open or closed now by the location's hours and dated exceptions; unknown "
                              + "when it has no hours on record")
                      Opening.Status status,
                      @Schema(description = "True when the location is open now (as with the openNow filter)")
                      boolean openNow,
                      @Schema(description = "When a closed location opens next, in its local time with its zone's offset "
                              + "(its timeZone names the zone); absent when unknown or not within a year",
                              example = "2026-11-27T09:00:00-05:00")
                      OffsetDateTime opensAt,
                      @Schema(description = "When an open location closes next, in its local time with its zone's offset",
                              example = "2026-11-26T17:00:00-05:00")
                      OffsetDateTime closesAt,
                      @Schema(description = "The dated exception (holiday, special hours, closed day) of the location's "
                              + "current day, when it has one")
                      Listing.HoursException exceptionToday) {

        /** The listing and the location as the JSON text the listing SQL wrote, sent on as it is. */
        static Hit of(String member, String location, Double distance, Opening opening) {
            return new Hit(new RawValue(member), new RawValue(location), distance, opening.status(), opening.openNow(),
                    opening.opensAt(), opening.closesAt(), opening.today());
        }
    }

    /** Counts of matching firms per kind, per service, per state (of the matching location) and per honor program. */
    @Schema(name = "MemberSearchFacets")
    public record Facets(@Schema(description = "Matching firms per kind of firm", example = "{\"retailer\": 12, \"manufacturer\": 2}")
                         Map<String, Long> kinds,
                         Map<String, Long> services, Map<String, Long> states, Map<String, Long> honors) {
    }
}
