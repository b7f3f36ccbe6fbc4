package org.jewelers.careers.job;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The job search parameters as they arrive. Numbers are taken as text so that a malformed one is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public class JobSearchParameters {

    @QueryParam("q")
    @Parameter(description = "Words in the title or description (web search syntax: \"quoted phrase\", -exclude, or)",
            example = "bench jeweler")
    public String q;

    @QueryParam("area")
    @Parameter(description = "A career area slug, see /api/v1/career-areas", example = "design-and-production")
    public String area;

    @QueryParam("employmentType")
    @Parameter(description = "full-time, part-time, contractor, temporary, intern, apprentice or seasonal", example = "full-time")
    public String employmentType;

    @QueryParam("memberId")
    @Parameter(description = "Only this member firm's postings")
    public String memberId;

    @QueryParam("zip")
    @Parameter(description = "Search around this US ZIP code (with radius)", example = "10001")
    public String zip;

    @QueryParam("radius")
    @Parameter(description = "Radius around the ZIP, in miles (or km with unit=km); default 25, at most 500 miles",
            schema = @Schema(type = SchemaType.NUMBER))
    public String radius;

    @QueryParam("unit")
    @DefaultValue("mi")
    @Parameter(description = "Unit of radius and distances: mi or km")
    public String unit;

    @QueryParam("sort")
    @Parameter(description = "distance (default with zip), relevance (default with q), datePosted, -datePosted "
            + "(default otherwise), validThrough, -validThrough, title or -title")
    public String sort;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER))
    public String size;
}
