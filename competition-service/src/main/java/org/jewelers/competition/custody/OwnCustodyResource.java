package org.jewelers.competition.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/entries/{id}/custody")
@Tag(name = "Custody", description = "A finalist's piece: where to ship it, its journey and its return")
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public class OwnCustodyResource {

    private final Entries entries;
    private final Pieces pieces;
    private final Journey journey;
    private final PackingSlip slips;
    private final Caller caller;

    OwnCustodyResource(Entries entries, Pieces pieces, Journey journey, PackingSlip slips, Caller caller) {
        this.entries = entries;
        this.pieces = pieces;
        this.journey = journey;
        this.slips = slips;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getPieceCustody",
            summary = "My finalist piece's custody", description = "Where to ship it, its stage and tracking numbers.")
    @APIResponse(responseCode = "200", description = "The piece", content = @Content(schema = @Schema(implementation = OwnCustodyView.class)))
    @APIResponse(responseCode = "404", description = "No such entry of yours, or it is not a finalist")
    public OwnCustodyView get(@PathParam("id") UUID id) {
        Entry entry = entries.own(id, caller.subject());
        return OwnCustodyView.of(pieces.require(entry.id), entry.edition.custody);
    }

    @GET
    @Path("/packing-slip.pdf")
    @Produces(PackingSlip.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "getPackingSlip", summary = "My finalist piece's packing slip", description = "A one-page PDF to put in the box: the "
            + "piece, where it goes, and a QR code that identifies it, which staff scan on arrival to record its "
            + "receipt. The QR code holds the piece's scan code (32 lowercase hex digits), also printed in groups of "
            + "four.")
    @APIResponse(responseCode = "200", description = "The packing slip",
            content = @Content(mediaType = PackingSlip.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such entry of yours, or it is not a finalist")
    public Response packingSlip(@PathParam("id") UUID id) {
        Entry entry = entries.own(id, caller.subject());
        return PackingSlip.answer(slips.of(pieces.require(entry.id), entry));
    }

    @POST
    @Path("/shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declarePieceShipment",
            summary = "Declare the piece's shipment", description = "The carrier, tracking number and declared value.")
    @APIResponse(responseCode = "200", description = "The piece, shipped", content = @Content(schema = @Schema(implementation = OwnCustodyView.class)))
    @APIResponse(responseCode = "404", description = "No such entry of yours, or it is not a finalist")
    @APIResponse(responseCode = "409", description = "The piece is past being shipped (custody-transition-refused, naming currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public OwnCustodyView ship(@PathParam("id") UUID id, @NotNull @Valid Shipment shipment) {
        Entry entry = entries.own(id, caller.subject());
        return OwnCustodyView.of(journey.ship(entry.id, shipment, caller.subject()), entry.edition.custody);
    }

    @POST
    @Path("/delivery")
    @Operation(operationId = "confirmPieceReturn", summary = "Confirm the piece came home",
            description = "Once the return shipment has arrived: the piece's custody ends, returned.")
    @APIResponse(responseCode = "200", description = "The piece, returned", content = @Content(schema = @Schema(implementation = OwnCustodyView.class)))
    @APIResponse(responseCode = "404", description = "No such entry of yours, or it is not a finalist")
    @APIResponse(responseCode = "409", description = "The piece is not on its way back (custody-transition-refused, naming currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public OwnCustodyView delivered(@PathParam("id") UUID id) {
        Entry entry = entries.own(id, caller.subject());
        return OwnCustodyView.of(journey.delivered(entry.id, caller.subject()), entry.edition.custody);
    }
}
