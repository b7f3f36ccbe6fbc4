package org.jewelers.competition.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/review/custody/scan")
@Tag(name = "Custody (staff)")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    private final Journey journey;
    private final Caller caller;

    ScanResource(Journey journey, Caller caller) {
        this.journey = journey;
        this.caller = caller;
    }

    @POST
    @Path("/{code}")
    @Operation(operationId = "scanPackingSlip", summary = "Record a piece's receipt by scanning its packing slip",
            description = "The QR code on the packing slip holds the piece's scan code; it alone finds the piece, "
                    + "which is received with nothing else known yet: its condition, photos and storage location "
                    + "are added afterwards (PATCH .../custody/receipt, POST .../custody/photos). Scanning a piece "
                    + "that is already received answers it unchanged, so a scanner's retry records nothing twice.")
    @APIResponse(responseCode = "200", description = "The piece, received",
            content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "400", description = "Not a packing slip's code (32 lowercase hex digits)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "404", description = "No piece carries that code")
    @APIResponse(responseCode = "409", description = "The piece is not on its way to the association, nor just "
            + "received (custody-transition-refused, naming currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public CustodyView scan(@PathParam("code") @Parameter(description = "The code the QR code holds",
            example = "3f9a0c1d2e4b5a69788776655443322a") String code) {
        return CustodyView.of(journey.receiveScanned(code, caller.subject()));
    }
}
