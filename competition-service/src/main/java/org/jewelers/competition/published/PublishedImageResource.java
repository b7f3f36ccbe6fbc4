package org.jewelers.competition.published;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caller.Caller;

@Path("/api/v1/review/entries/{id}/published-images")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedImageResource {

    private final PublishedImages images;
    private final Caller caller;

    PublishedImageResource(PublishedImages images, Caller caller) {
        this.images = images;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "choosePublishedImages",
            summary = "Choose an entry's images for the published results", description = "Replaces the set "
            + "chosen before; an empty list chooses none. The public sees a chosen image only with the published "
            + "results (after the edition's publication time, the winners confirmed) and only while the entry is a "
            + "winner or finalist; choosing earlier, or for any entry, shows nothing yet.")
    @APIResponse(responseCode = "200", description = "The chosen images, in the entry's order",
            content = @Content(schema = @Schema(implementation = ImageChoice.class)))
    @APIResponse(responseCode = "400", description = "An id is not an image of this entry, or is a PDF")
    @APIResponse(responseCode = "404", description = "No entry has this id")
    public ImageChoice choose(@PathParam("id") UUID id, @NotNull @Valid ImageChoice choice) {
        return new ImageChoice(images.choose(id, choice.imageIds(), caller.subject()));
    }
}
