package org.jewelers.competition.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.image.EntryFile;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/review/entries/{id}/custody")
@Tag(name = "Custody (staff)", description = "Finalists' pieces: receipt, judging, return, the log and its verification")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class CustodyReviewResource {

    private static final String REFUSED = "The step does not follow the piece's journey (custody-transition-refused, "
            + "naming currentState)";

    private final Pieces pieces;
    private final Journey journey;
    private final IntakePhotos photos;
    private final Entries entries;
    private final PackingSlip slips;
    private final PublicUrls urls;
    private final Caller caller;

    CustodyReviewResource(Pieces pieces, Journey journey, IntakePhotos photos, Entries entries, PackingSlip slips,
                          PublicUrls urls, Caller caller) {
        this.pieces = pieces;
        this.journey = journey;
        this.photos = photos;
        this.entries = entries;
        this.slips = slips;
        this.urls = urls;
        this.caller = caller;
    }

    @GET
    @Transactional
    @Operation(operationId = "getPieceCustodyForReview", summary = "A finalist's piece in custody", description = "With its intake photos and scan code.")
    @APIResponse(responseCode = "200", description = "The piece", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    public CustodyView get(@PathParam("id") UUID id) {
        return CustodyView.of(pieces.require(id), photos.of(id));
    }

    @GET
    @Path("/packing-slip.pdf")
    @Produces(PackingSlip.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "getPackingSlipForReview", summary = "A piece's packing slip", description = "The slip its entrant prints, for staff to reprint "
            + "(a box arrived without it, or the piece goes back in a new one).")
    @APIResponse(responseCode = "200", description = "The packing slip",
            content = @Content(mediaType = PackingSlip.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    public Response packingSlip(@PathParam("id") UUID id) {
        Piece piece = pieces.require(id);
        return PackingSlip.answer(slips.of(piece, entries.require(piece.entryId)));
    }

    @PATCH
    @Path("/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "notePieceInCustody", summary = "Note a held piece's condition or where it is kept",
            description = "After a scanned receipt, or when the piece moves; only while staff hold it (received, "
                    + "in judging or judged). Logged as `noted`, or `moved` when the storage location is given.")
    @APIResponse(responseCode = "200", description = "The piece", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "400", description = "Neither conditionNotes nor storageLocation, or one malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED + "; the piece is not held by staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView note(@PathParam("id") UUID id, @NotNull @Valid ReceiptNotes notes) {
        return CustodyView.of(journey.note(id, notes, caller.subject()));
    }

    @POST
    @Path("/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addPiecePhoto", summary = "Add an intake photo of a held piece",
            description = "JPEG, PNG or WebP, taken in as entry images are (recognised from its content, at most "
                    + "10 MiB, pixel limits read from the header, identifying metadata removed without "
                    + "recompressing); at most " + IntakePhotos.MAX_PER_PIECE + " per piece, only while staff hold "
                    + "it. The custody log records the photo's SHA-256.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = PhotoUpload.class)))
    @APIResponse(responseCode = "201", description = "The stored photo; Location is its file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED + "; or the piece already has "
            + IntakePhotos.MAX_PER_PIECE + " photos",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "413", description = "The file is over 10 MiB (type body-too-large)")
    @APIResponse(responseCode = "415", description = "The file's content is not JPEG, PNG or WebP "
            + "(type unsupported-media-type)")
    @APIResponse(responseCode = "422", description = "The image declares more pixels than accepted or cannot be "
            + "decoded (type unprocessable)")
    public Response addPhoto(@PathParam("id") UUID id, @BeanParam PhotoUpload form, @Context UriInfo uri) {
        FileUpload upload = StoredFiles.required(form.file, "photo");
        pieces.require(id);
        IntakePhoto photo = photos.add(id, EntryFile.photo(StoredFiles.read(upload)), caller.subject());
        return Response.created(urls.created(uri, photo.id)).entity(PhotoView.of(photo)).build();
    }

    @GET
    @Path("/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getPiecePhoto", summary = "An intake photo's file, as stored")
    @APIResponse(responseCode = "200", description = "The file; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such photo of that piece")
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        return StoredFiles.file(photos.file(id, photoId, false));
    }

    @GET
    @Path("/photos/{photoId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getPiecePhotoThumbnail", summary = "An intake photo's thumbnail", description = "A JPEG of at most 320 pixels a side.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such photo of that piece")
    public Response photoThumbnail(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        return StoredFiles.answer(photos.file(id, photoId, true)).build();
    }

    @POST
    @Path("/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPieceReceipt",
            summary = "Record the piece's receipt", description = "Its condition and where it is kept.")
    @APIResponse(responseCode = "200", description = "The piece, received", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView receive(@PathParam("id") UUID id, @NotNull @Valid Receipt receipt) {
        return CustodyView.of(journey.receive(id, receipt, caller.subject()));
    }

    @POST
    @Path("/judging")
    @Operation(operationId = "startPieceJudging", summary = "Take the piece to the judges",
            description = "From received: the piece is with the judges.")
    @APIResponse(responseCode = "200", description = "The piece, in judging", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED + "; a withdrawn finalist's piece is not judged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView startJudging(@PathParam("id") UUID id) {
        return CustodyView.of(journey.startJudging(id, caller.subject()));
    }

    @POST
    @Path("/judged")
    @Operation(operationId = "recordPieceJudged", summary = "Record that the judges are done with the piece",
            description = "From in-judging: the piece is ready to be sent back.")
    @APIResponse(responseCode = "200", description = "The piece, judged", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView judged(@PathParam("id") UUID id) {
        return CustodyView.of(journey.judged(id, caller.subject()));
    }

    @POST
    @Path("/return-shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shipPieceBack",
            summary = "Send the piece back", description = "From judged; a withdrawn finalist's piece from wherever "
            + "it is on the premises.")
    @APIResponse(responseCode = "200", description = "The piece, returning", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView sendBack(@PathParam("id") UUID id, @NotNull @Valid ReturnShipment shipment) {
        return CustodyView.of(journey.sendBack(id, shipment, caller.subject()));
    }

    @POST
    @Path("/delivery")
    @Operation(operationId = "confirmPieceReturnForReview", summary = "Confirm the piece reached its entrant",
            description = "Once the return shipment has arrived: the piece's custody ends, returned.")
    @APIResponse(responseCode = "200", description = "The piece, returned", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    @APIResponse(responseCode = "409", description = REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView delivered(@PathParam("id") UUID id) {
        return CustodyView.of(journey.delivered(id, caller.subject()));
    }

    /** The form of an intake photo's upload. */
    @Schema(name = "CustodyPhotoUpload")
    public static class PhotoUpload {

        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "The photo: image/jpeg, image/png or image/webp, at most 10 MiB")
        public FileUpload file;
    }
}
