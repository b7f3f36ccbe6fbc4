package org.jewelers.competition.custody;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
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
    private final Caller caller;

    CustodyReviewResource(Pieces pieces, Journey journey, Caller caller) {
        this.pieces = pieces;
        this.journey = journey;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getPieceCustodyForReview", summary = "A finalist's piece in custody",
            description = "Its state, declared value and insurance, condition, storage location and both "
                    + "shipments.")
    @APIResponse(responseCode = "200", description = "The piece", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "404", description = "No piece of that entry in custody")
    public CustodyView get(@PathParam("id") UUID id) {
        return CustodyView.of(pieces.require(id));
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
}
