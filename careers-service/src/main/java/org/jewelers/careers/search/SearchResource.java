package org.jewelers.careers.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/search")
@Tag(name = "Search", description = "Full-text search across the careers site")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {


    private final SiteSearch search;
    private final ZipPlaces zips;
    private final Cacheable cacheable;

    SearchResource(SiteSearch search, ZipPlaces zips, Cacheable cacheable) {
        this.search = search;
        this.zips = zips;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "searchContent", summary = "Search the careers site",
            description = "Public, no token. Published articles and stories, career profiles, education programs and "
                    + "open jobs, most relevant first, each with a snippet highlighting the matched words in <mark>. "
                    + "Narrow by kind, career area, and place (state, or zip with a radius; content without a place "
                    + "then drops out). Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "One page of hits",
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent")
    @APIResponse(responseCode = "400", description = "An invalid or conflicting parameter, named in errors[].field")
    public Response search(@BeanParam SearchParameters parameters, @Context Request request) {
        return cacheable.ok(request, search.search(SearchCriteria.from(parameters, zips)), Freshness.CHANGING);
    }

    /** For the OpenAPI document: a page of hits. */
    @Schema(name = "SearchPage")
    record SearchPage(List<SearchHit> items, long total, int page, int size) {
    }
}
