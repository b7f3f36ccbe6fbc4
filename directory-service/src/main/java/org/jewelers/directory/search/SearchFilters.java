package org.jewelers.directory.search;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which firms a search matches, as the parameters arrive: the search's filters, which the map takes too. Numbers are
 * taken as text so that a malformed one is a 400 naming the parameter (JAX-RS would answer 404 for a query parameter
 * it cannot convert).
 */
public class SearchFilters {

    @QueryParam("q")
    @Parameter(description = "Firm name or city; one wrong, missing or extra letter still matches", example = "Hartwell")
    public String q;

    @QueryParam("zip")
    @Parameter(description = "Search around this US ZIP code (with radius)", example = "10001")
    public String zip;

    @QueryParam("lat")
    @Parameter(description = "Search around this latitude (with lng and radius)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER))
    public String lat;

    @QueryParam("lng")
    @Parameter(description = "Search around this longitude (with lat and radius)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER))
    public String lng;

    @QueryParam("radius")
    @Parameter(description = "Radius around the ZIP or point, in miles (or km with unit=km); default 25, at most 500", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER))
    public String radius;

    @QueryParam("unit")
    @DefaultValue("mi")
    @Parameter(description = "Unit of radius and distances: mi or km")
    public String unit;

    @QueryParam("city")
    @Parameter(description = "City of a location, exact (case-insensitive)", example = "Chicago")
    public String city;

    @QueryParam("state")
    @Parameter(description = "Two-letter state code of a location", example = "IL")
    public String state;

    @QueryParam("kind")
    @Parameter(description = "A kind of firm: retailer, supplier, manufacturer or service-provider (repeatable; any "
            + "of them); default every kind", example = "retailer")
    public List<String> kinds;

    @QueryParam("service")
    @Parameter(description = "A service code (repeatable; all must be offered), see /api/v1/services", example = "repair")
    public List<String> services;

    @QueryParam("credential")
    @Parameter(description = "A credential code held by the firm's staff and not expired", example = "gia-gg")
    public String credential;

    @QueryParam("honor")
    @Parameter(description = "An honor program: case-awards or 20-under-40")
    public String honor;

    @QueryParam("hiring")
    @Parameter(description = "true: only firms with open positions")
    public String hiring;

    @QueryParam("openNow")
    @Parameter(description = "true: only locations open right now, in each location's own time zone, by its weekly hours and dated exceptions")
    public String openNow;

    @QueryParam("bbox")
    @Parameter(description = "Only locations inside this box (the map requires one): west,south,east,north in degrees, "
            + "edges included; west above east is a box across longitude 180", example = "-117.5,42.5,-111,44.5")
    public String bbox;
}
