package org.jewelers.competition.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.web.caller.Caller;

/** Staff grant entrants later deadlines, which hold for every kind of submission of the edition. */
@Path("/api/v1/review/editions/{id}/extensions")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ExtensionResource {

    private final Editions editions;
    private final Windows windows;
    private final Caller caller;

    ExtensionResource(Editions editions, Windows windows, Caller caller) {
        this.editions = editions;
        this.windows = windows;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantExtension",
            summary = "Extend one entrant's deadline", description = "The entrant may create and submit entries "
            + "for this edition until the given wall-clock time in the edition's zone. Granting again moves it.")
    @APIResponse(responseCode = "201", description = "The extension", content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionGrant grant) {
        Edition edition = editions.require(id);
        return Response.status(201).entity(ExtensionView.of(
                windows.extend(edition, grant.subject().strip(), grant.until(), caller.subject()), edition)).build();
    }

    @GET
    @Operation(operationId = "listExtensions", summary = "An edition's extensions",
            description = "Every entrant whose deadline staff extended in this edition, with the new deadline.")
    @APIResponse(responseCode = "404", description = "No edition has this id")
    @APIResponse(responseCode = "200", description = "The edition's extensions")
    public List<ExtensionView> extensions(@PathParam("id") UUID id) {
        Edition edition = editions.require(id);
        return windows.of(edition).stream().map(e -> ExtensionView.of(e, edition)).toList();
    }
}
