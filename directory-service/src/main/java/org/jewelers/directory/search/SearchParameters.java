package org.jewelers.directory.search;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search parameters as they arrive: its filters (shared with the map) and the order and page of the results. */
public class SearchParameters extends SearchFilters {

    @QueryParam("sort")
    @Parameter(description = "distance (default with a point), relevance (default with q), or name")
    public String sort;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to 100; page × size stays under 1,000 results deep")
    public String size;
}
