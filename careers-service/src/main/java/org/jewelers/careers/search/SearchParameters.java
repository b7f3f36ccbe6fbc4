package org.jewelers.careers.search;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search parameters as they arrive; numbers as text so that a malformed one is a 400 naming it. */
public class SearchParameters {

    @QueryParam("q")
    @Parameter(description = "What to look for, in web search syntax: words, \"a phrase\", -exclude, or", required = true,
            example = "bench jeweler apprenticeship")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Only this kind: article, story, profile, program or job", example = "program")
    public String kind;

    @QueryParam("area")
    @Parameter(description = "Only content of this career area", example = "design-and-production")
    public String area;

    @QueryParam("state")
    @Parameter(description = "Only programs taught and jobs located in this US state; content without a place drops out",
            example = "TX")
    public String state;

    @QueryParam("zip")
    @Parameter(description = "Only programs and jobs within radius of this ZIP code; content without a place drops out",
            example = "10001")
    public String zip;

    @QueryParam("radius")
    @Parameter(description = "Miles around the zip; default 25, at most 500", schema = @Schema(type = SchemaType.NUMBER))
    public String radius;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER))
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER))
    public String size;
}
