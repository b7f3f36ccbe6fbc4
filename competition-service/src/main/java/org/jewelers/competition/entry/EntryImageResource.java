package org.jewelers.competition.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.jewelers.competition.image.PdfIntake;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.Coded;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/entries/{id}/images")
@Tag(name = "Entries")
@RolesAllowed("entrant")
@APIResponse(responseCode = "404", description = "You have no entry with this id (another entrant's entry answers the "
        + "same), or the entry has no image with this id")
public class EntryImageResource {

    private static final String FILE_TYPES = "image/jpeg, image/png, image/webp, application/pdf";

    private final Entries entries;
    private final EntryDrafts drafts;
    private final EntryImages images;
    private final Caller caller;
    private final PdfIntake pdfs;
    private final PublicUrls urls;

    EntryImageResource(Entries entries, EntryDrafts drafts, EntryImages images, Caller caller, PdfIntake pdfs,
                       PublicUrls urls) {
        this.urls = urls;
        this.entries = entries;
        this.drafts = drafts;
        this.images = images;
        this.caller = caller;
        this.pdfs = pdfs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEntryImage", summary = "Add an image to a draft",
            description = "A photo of the piece or a rendering of its design: JPEG, PNG, WebP or PDF, recognised from "
                    + "the file's content (its name and declared type are ignored), at most 10 MiB, images at most "
                    + "12,000 pixels a side and 60 megapixels (read from the header before anything is decoded). "
                    + "Identifying metadata is removed before the file is stored, without recompressing it: EXIF, XMP, "
                    + "IPTC and comments of JPEGs (the ICC colour profile is kept), text and EXIF chunks of PNGs, "
                    + "EXIF and XMP of WebPs; a truncated JPEG is refused. A PDF is rebuilt from its pages: their "
                    + "content and the resources it uses are kept, everything else goes (document information, XMP "
                    + "and /PieceInfo anywhere, annotations with their authors, outlines, forms and XFA, scripts, "
                    + "actions and embedded files), and its JPEG images lose their metadata as uploaded ones do. A "
                    + "PDF whose streams decode to too much, whose first page takes too many drawing operators, or "
                    + "which cannot be processed in time is refused (422). "
                    + "The file's `sha256` is that "
                    + "of the stored bytes, as the receipt lists it. An entry has at most 6 images and needs 1 to be "
                    + "submitted; adding one raises the entry's version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImageUpload.class)))
    @APIResponse(responseCode = "201", description = "The stored image; Location is its file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageView.class)))
    @APIResponse(responseCode = "409", description = "The entry is no longer a draft, or already has 6 images, or the "
            + "file would take your stored files in this edition (entry images and nominee photos, as stored) past "
            + "your quota, 200 MiB by default (type quota-exceeded, quota stored-per-edition); removing an image "
            + "frees its bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "413", description = "The file is over 10 MiB (type body-too-large)")
    @APIResponse(responseCode = "415", description = "The file's content is not JPEG, PNG, WebP or PDF "
            + "(type unsupported-media-type)")
    @APIResponse(responseCode = "422", description = "The image declares more pixels than accepted, the file is "
            + "malformed, encrypted or cannot be decoded, or a PDF takes more work than accepted (type unprocessable)")
    @APIResponse(responseCode = "503", description = "As many PDFs as the service processes at once are being "
            + "processed, and this one did not get its turn in time (type unavailable)")
    public Response upload(@PathParam("id") UUID id, @BeanParam ImageUpload form, @Context UriInfo uri) {
        ImageKind kind = form.imageKind();
        FileUpload upload = StoredFiles.required(form.file, "image");
        // Another's entry answers 404 before any work is spent on the file.
        entries.own(id, caller.subject());
        EntryFile file = EntryFile.of(StoredFiles.read(upload), pdfs);
        EntryImage image = drafts.addImage(id, caller.subject(), kind, file);
        return Response.created(urls.created(uri, image.id))
                .entity(ImageView.of(image)).build();
    }

    @DELETE
    @Path("/{imageId}")
    @Operation(operationId = "removeEntryImage",
            summary = "Remove an image from a draft", description = "Raises the entry's version.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The entry is no longer a draft")
    public Response remove(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        drafts.removeImage(id, imageId, caller.subject());
        return Response.noContent().build();
    }

    @GET
    @Path("/{imageId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf"})
    @Operation(operationId = "getEntryImageFile", summary = "An image's file, as stored",
            description = "Without its identifying metadata; its SHA-256 is the image's `sha256`. Served as the type "
                    + "recognised at upload (" + FILE_TYPES + ").")
    @APIResponse(responseCode = "200", description = "The file; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response file(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        entries.own(id, caller.subject());
        return StoredFiles.file(images.file(id, imageId, false));
    }

    @GET
    @Path("/{imageId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getEntryImageThumbnail", summary = "An image's thumbnail",
            description = "A JPEG of at most 320 pixels a side, made from the stored file (a PDF's first page).")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response thumbnail(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        entries.own(id, caller.subject());
        return StoredFiles.answer(images.file(id, imageId, true)).build();
    }

    /** The form of an image upload. */
    @Schema(name = "ImageUpload")
    public static class ImageUpload {

        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "The file: " + FILE_TYPES + ", at most 10 MiB")
        public FileUpload file;

        @RestForm
        @Schema(required = true, enumeration = {"photo", "rendering"},
                description = "photo: of the piece as made; rendering: of its design", example = "photo")
        public String kind;

        ImageKind imageKind() {
            if (kind == null || kind.isBlank()) {
                throw ProblemException.invalid("kind", "is required: photo or rendering");
            }
            try {
                return Coded.ofCode(ImageKind.class, kind.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kind", "'" + kind + "' is neither photo nor rendering");
            }
        }
    }
}
