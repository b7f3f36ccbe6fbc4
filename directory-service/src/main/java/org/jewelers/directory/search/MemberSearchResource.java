package org.jewelers.directory.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.geo.ZipPlaces;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/members")
@Tag(name = "Members", description = "Member firms of the association")
@Produces(MediaType.APPLICATION_JSON)
public class MemberSearchResource {

    /**
     * The result's total, also in the body, so that the gateway counts a partner's searches without a result without
     * reading bodies.
     */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final MemberSearch search;
    private final ZipPlaces zips;
    private final Cacheable cacheable;

    MemberSearchResource(MemberSearch search, ZipPlaces zips, Cacheable cacheable) {
        this.search = search;
        this.zips = zips;
        this.cacheable = cacheable;
    }

    @GET
    @Operation(operationId = "searchMembers", summary = "Find a member jeweler",
            description = "Public, no token. Lists firms in good standing that have not opted out. Text, ZIP or point "
                    + "with a radius, city and state, services, credentials, honors, hiring and open-now filters; sorted "
                    + "by distance, relevance or name; facet counts over the whole result. Answers carry an ETag.")
    @APIResponse(responseCode = "200", description = "One page of results",
            content = @Content(schema = @Schema(implementation = SearchResult.class)),
            headers = @Header(name = TOTAL_COUNT, description = "Firms matching the search over all pages (the body's "
                    + "total)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", example = "12")))
    @APIResponse(responseCode = "304", description = "The answer has not changed since the ETag you sent",
            headers = @Header(name = TOTAL_COUNT, description = "Firms matching the search over all pages",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", example = "12")))
    @APIResponse(responseCode = "400", description = "An invalid or conflicting parameter, named in errors[].field")
    public Response search(@BeanParam SearchParameters parameters, @Context Request request) {
        SearchResult result = search.search(SearchCriteria.from(parameters, zips));
        return Response.fromResponse(cacheable.ok(request, result, Freshness.CHANGING))
                .header(TOTAL_COUNT, result.total()).build();
    }
}
