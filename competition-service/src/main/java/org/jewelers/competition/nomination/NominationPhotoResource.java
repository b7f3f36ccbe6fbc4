package org.jewelers.competition.nomination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;

/** The nominee's photo of a nomination draft, kept by its nominator. */
@Path("/api/v1/nominations/{id}/photo")
@Tag(name = "Nominations")
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public class NominationPhotoResource {

    private final Nominations nominations;
    private final NominationPhotoDrafts drafts;
    private final NominationPhotos photos;
    private final Caller caller;

    NominationPhotoResource(Nominations nominations, NominationPhotoDrafts drafts, NominationPhotos photos,
                            Caller caller) {
        this.nominations = nominations;
        this.drafts = drafts;
        this.photos = photos;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "setNominationPhoto", summary = "Set the nominee's photo",
            description = "JPEG, PNG or WebP, recognised from the file's content, at most 10 MiB; cleaned as entry "
                    + "images are (pixel count checked from the header before decoding; EXIF, XMP, IPTC and "
                    + "comments removed without recompressing; a thumbnail made). Replaces an earlier photo and "
                    + "raises the draft's version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = PhotoUpload.class)))
    @APIResponse(responseCode = "200", description = "The stored photo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NominationView.PhotoView.class)))
    @APIResponse(responseCode = "404", description = "You have no nomination with this id")
    @APIResponse(responseCode = "409", description = "The nomination is no longer a draft, or the photo would take "
            + "your stored files in this edition past your quota, 200 MiB by default (type quota-exceeded, quota "
            + "stored-per-edition; a photo it replaces is not counted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "413", description = "The file is over 10 MiB (type body-too-large)")
    @APIResponse(responseCode = "415", description = "The file's content is not JPEG, PNG or WebP (type unsupported-media-type)")
    @APIResponse(responseCode = "422", description = "The image declares more pixels than accepted, or cannot be decoded (type unprocessable)")
    public NominationView.PhotoView photo(@PathParam("id") UUID id, @BeanParam PhotoUpload form) {
        FileUpload upload = StoredFiles.required(form.file, "photo");
        // Another's nomination answers 404 before any work is spent on the file.
        nominations.own(id, caller.subject());
        EntryFile file = EntryFile.photo(StoredFiles.read(upload));
        return NominationView.PhotoView.of(drafts.setPhoto(id, caller.subject(), file));
    }

    @GET
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getNominationPhoto",
            summary = "The nominee's photo, as stored", description = "Without its identifying metadata.")
    @APIResponse(responseCode = "200", description = "The photo; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "You have no nomination with this id, or it has no photo")
    public Response photoFile(@PathParam("id") UUID id) {
        nominations.own(id, caller.subject());
        return StoredFiles.file(photos.file(id, false));
    }

    @GET
    @Path("/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getNominationPhotoThumbnail",
            summary = "The nominee's photo as a thumbnail", description = "A JPEG of at most 320 pixels a side.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "You have no nomination with this id, or it has no photo")
    public Response photoThumbnail(@PathParam("id") UUID id) {
        nominations.own(id, caller.subject());
        return StoredFiles.answer(photos.file(id, true)).build();
    }

    /** The form of a photo upload. */
    @Schema(name = "PhotoUpload")
    public static class PhotoUpload {

        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "The photo: image/jpeg, image/png or image/webp, at most 10 MiB")
        public FileUpload file;
    }
}
