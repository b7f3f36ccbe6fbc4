package org.jewelers.competition.published;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Program;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.caching.PublicCacheLifetimes;

/** The public results of an edition and their pictures, each behind {@link Publication}'s gate. */
@Path("/api/v1/editions/{id}/results")
@Tag(name = "Editions")
public class PublishedResultsResource {

    private static final String GATE = "Public from the edition's results publication time (never while it is "
            + "unset), for CASE Awards once staff also confirmed the winners; before that 404.";
    private static final String UNPUBLISHED = "No edition has this id, or its results are not published yet (the "
            + "publication time has not come or is unset; for CASE Awards, also until staff confirmed the winners)";
    private static final String NO_IMAGE = UNPUBLISHED + ", or the image is not published: not chosen by staff, "
            + "or its entry is neither a winner nor a finalist of this edition";
    private static final String NO_PHOTO = UNPUBLISHED + ", or no honoree of this edition has this id, or the "
            + "honoree did not agree to the publication of their photo";

    private final Publication publication;
    private final CaseResults cases;
    private final HonoreeLists honorees;
    private final PublishedImages published;
    private final EntryImages images;
    private final Cacheable cacheable;
    private final PublicCacheLifetimes lifetimes;

    PublishedResultsResource(Publication publication, CaseResults cases, HonoreeLists honorees,
                             PublishedImages published, EntryImages images, Cacheable cacheable,
                             PublicCacheLifetimes lifetimes) {
        this.publication = publication;
        this.cases = cases;
        this.honorees = honorees;
        this.published = published;
        this.images = images;
        this.cacheable = cacheable;
        this.lifetimes = lifetimes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditionResults",
            summary = "An edition's published results", description = GATE + " CASE Awards: every category, "
            + "Best in Show included, with its winner and its other finalists: piece title, designer, firm name, "
            + "city and state, and the images staff chose for publication. 20 Under 40: every list with its "
            + "honorees: name, job title, employer, city and state, citation, and a photo only if the honoree "
            + "agreed to its publication. Cacheable (ETag, Cache-Control).")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = ResultsView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = UNPUBLISHED)
    public Response results(@PathParam("id") UUID id, @Context Request request) {
        Edition edition = publication.requirePublished(id);
        boolean pieces = edition.program == Program.CASE_AWARDS;
        ResultsView view = new ResultsView(edition.id, edition.program, edition.year, edition.title,
                pieces ? cases.of(edition) : null, pieces ? null : honorees.of(edition));
        return cacheable.ok(request, view, Freshness.CATALOGUE);
    }

    @GET
    @Path("/images/{imageId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getResultImage",
            summary = "A published piece's image", description = GATE + " Only an image staff chose for "
            + "publication, of a winner's or finalist's entry; served as stored, without identifying metadata. "
            + "Cacheable; the ETag is its SHA-256.")
    @APIResponse(responseCode = "200", description = "The image",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = NO_IMAGE)
    public Response image(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId, @Context Request request) {
        return pieceImage(id, imageId, false, request);
    }

    @GET
    @Path("/images/{imageId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getResultImageThumbnail",
            summary = "A published piece's image as a thumbnail", description = GATE + " A JPEG of at most 320 "
            + "pixels a side, under the same conditions as the image.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = NO_IMAGE)
    public Response thumbnail(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId, @Context Request request) {
        return pieceImage(id, imageId, true, request);
    }

    @GET
    @Path("/honorees/{honoreeId}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getHonoreePhoto",
            summary = "A 20 Under 40 honoree's photo", description = GATE + " Only if the honoree agreed to its "
            + "publication; the photo of the nomination that speaks for them, as stored, without identifying "
            + "metadata. Cacheable; the ETag is its SHA-256.")
    @APIResponse(responseCode = "200", description = "The photo",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = NO_PHOTO)
    public Response photo(@PathParam("id") UUID id, @PathParam("honoreeId") UUID honoreeId, @Context Request request) {
        return honoreePhoto(id, honoreeId, false, request);
    }

    @GET
    @Path("/honorees/{honoreeId}/photo/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getHonoreePhotoThumbnail",
            summary = "A 20 Under 40 honoree's photo as a thumbnail", description = GATE + " A JPEG of at most "
            + "320 pixels a side, under the same conditions as the photo.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = NO_PHOTO)
    public Response photoThumbnail(@PathParam("id") UUID id, @PathParam("honoreeId") UUID honoreeId,
                                   @Context Request request) {
        return honoreePhoto(id, honoreeId, true, request);
    }

    private Response pieceImage(UUID editionId, UUID imageId, boolean thumbnail, Request request) {
        publication.requirePublished(editionId);
        UUID entry = published.shownEntry(editionId, imageId);
        return StoredFiles.published(images.file(entry, imageId, thumbnail), thumbnail, request, lifetimes.catalogue());
    }

    private Response honoreePhoto(UUID editionId, UUID honoreeId, boolean thumbnail, Request request) {
        publication.requirePublished(editionId);
        return StoredFiles.published(honorees.photo(editionId, honoreeId, thumbnail), thumbnail, request,
                lifetimes.catalogue());
    }
}
