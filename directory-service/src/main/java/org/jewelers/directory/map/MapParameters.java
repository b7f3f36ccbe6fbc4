package org.jewelers.directory.map;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jewelers.directory.search.SearchFilters;

/** The map's parameters as they arrive: the search's filters (bbox required here) and the map's zoom. */
public class MapParameters extends SearchFilters {

    @QueryParam("zoom")
    @Parameter(required = true, description = "The map's zoom level, 0 to 20 (as in web map tiles): the grid's "
            + "cells are 90 / 2^zoom degrees, a quarter of a tile; from zoom 12 single firms when at most 500 match",
            example = "7")
    public String zoom;
}
