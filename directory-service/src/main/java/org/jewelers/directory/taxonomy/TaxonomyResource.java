package org.jewelers.directory.taxonomy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;

@Path("/api/v1/services")
@Tag(name = "Taxonomy", description = "The fixed vocabularies of the directory")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {


    private final Cacheable cacheable;

    TaxonomyResource(Cacheable cacheable) {
        this.cacheable = cacheable;
    }

    /** One term of a vocabulary: the code the API uses and a label for people. */
    @Schema(name = "Term")
    public record Term(@Schema(example = "watch-repair") String code, @Schema(example = "Watch repair") String label) {
    }

    /** The services and credentials members can list. */
    @Schema(name = "Taxonomy")
    public record Taxonomy(List<Term> services, List<Term> credentials) {
    }

    @GET
    @Operation(operationId = "listServices",
            summary = "The service taxonomy", description = "The services a member firm can offer, and the credentials its staff can hold, by code.")
    @APIResponse(responseCode = "200", description = "The taxonomy", content = @Content(schema = @Schema(implementation = Taxonomy.class)))
    public Response taxonomy(@Context Request request) {
        Taxonomy taxonomy = new Taxonomy(
                Arrays.stream(Service.values()).map(s -> new Term(s.code(), s.label())).toList(),
                Arrays.stream(Credential.values()).map(c -> new Term(c.code(), c.label())).toList());
        return cacheable.ok(request, taxonomy, Freshness.REFERENCE);
    }
}
