package org.jewelers.directory.map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.directory.search.SearchCriteria;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.paging.QueryValues;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/members/map")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberMapResource {

    private final MemberMap map;
    private final ZipPlaces zips;
    private final Cacheable cacheable;

    MemberMapResource(MemberMap map, ZipPlaces zips, Cacheable cacheable) {
        this.map = map;
        this.zips = zips;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "mapMembers", summary = "Member jewelers on a map",
            description = "Public, no token. The firms the search would find with the same filters inside bbox (required "
                    + "here), for a map at zoom (required): counted per cell of a grid of 90 / 2^zoom degrees (with the"
                    + " mean position of each cell's firms), or from zoom 12, when at most 500 match, one by one with "
                    + "the location that matched. The counts and single firms add up to total, the search's total for "
                    + "the same filters and bbox. A box may cover at most 4,096 cells of the zoom's grid. Answers carry"
                    + " an ETag.")
    @APIResponse(responseCode = "200", description = "The matching firms in the box, clustered or single",
            content = @Content(schema = @Schema(implementation = MemberMapResult.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "A missing, invalid or conflicting parameter, or a box too large "
            + "for the zoom, named in errors[].field")
    public Response map(@BeanParam MapParameters parameters, @Context Request request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (parameters.bbox == null) {
            errors.add(new Problem.FieldError("bbox", "is required: west,south,east,north of the map's view"));
        }
        Integer zoom = parameters.zoom == null ? null
                : QueryValues.whole(parameters.zoom, "zoom", 0, MapGrid.MAX_ZOOM, errors);
        if (parameters.zoom == null) {
            errors.add(new Problem.FieldError("zoom", "is required: the map's zoom level, 0 to " + MapGrid.MAX_ZOOM));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SearchCriteria criteria = SearchCriteria.filtering(parameters, zips);
        MapGrid grid = new MapGrid(zoom);
        long cells = grid.cellsIn(criteria.bbox());
        if (cells > MapGrid.MAX_CELLS) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("bbox", "covers " + cells + " cells at zoom "
                    + zoom + "; at most " + MapGrid.MAX_CELLS + ": zoom out or narrow the box")));
        }
        return cacheable.ok(request, map.map(criteria, grid), Freshness.CHANGING);
    }
}
