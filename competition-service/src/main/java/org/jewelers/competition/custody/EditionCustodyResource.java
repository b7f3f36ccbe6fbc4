package org.jewelers.competition.custody;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.PanachePages;

@Path("/api/v1/review/editions/{id}/custody")
@Tag(name = "Custody (staff)")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class EditionCustodyResource {

    private final Editions editions;
    private final Pieces pieces;
    private final CustodyDesk desk;
    private final CustodyLog log;

    EditionCustodyResource(Editions editions, Pieces pieces, CustodyDesk desk, CustodyLog log) {
        this.editions = editions;
        this.pieces = pieces;
        this.desk = desk;
        this.log = log;
    }

    @GET
    @Operation(operationId = "listPiecesInCustody",
            summary = "An edition's pieces in custody", description = "In the journey's order, then by request.")
    @APIResponse(responseCode = "200", description = "One page of pieces")
    @APIResponse(responseCode = "400", description = "An unknown state")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Page<CustodyView> pieces(@PathParam("id") UUID id,
                                    @QueryParam("state") @Pattern(regexp = "requested|shipped|received|in-judging|judged|returning|returned",
                                            message = "must be one of " + Stage.CODES) String state,
                                    @BeanParam @Valid PageRequest paging) {
        Edition edition = editions.require(id);
        String order = " order by case state when 'requested' then 1 when 'shipped' then 2 when 'received' then 3 "
                + "when 'in-judging' then 4 when 'judged' then 5 when 'returning' then 6 else 7 end, requestedAt, entryId";
        return PanachePages.of(state == null ? pieces.find("editionId = ?1" + order, edition.id)
                        : pieces.find("editionId = ?1 and state = ?2" + order, edition.id, state),
                paging.page, paging.size).map(CustodyView::of);
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverduePieces", summary = "Pieces overdue", description = "Not received the edition's receiveWithinDays after the request, "
            + "or not back home its returnWithinDays after judging (a withdrawn finalist's piece still held: after "
            + "the withdrawal); the longest overdue first.")
    @APIResponse(responseCode = "200", description = "The overdue pieces")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<Overdue> overdue(@PathParam("id") UUID id) {
        return desk.overdue(editions.require(id));
    }

    @GET
    @Path("/premises")
    @Operation(operationId = "getPiecesOnPremises", summary = "The declared value on the premises now",
            description = "Pieces received and not yet returned, with a warning above the edition's insured limit.")
    @APIResponse(responseCode = "200", description = "The total", content = @Content(schema = @Schema(implementation = Premises.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Premises premises(@PathParam("id") UUID id) {
        return desk.premises(editions.require(id));
    }

    @GET
    @Path("/log")
    @Transactional
    @Operation(operationId = "listCustodyLog", summary = "The edition's custody log", description = "Every step of every piece in the order "
            + "appended: who, when, where, what. Read-only; `/verify` checks it has not been changed.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Page<LogEntryView> log(@PathParam("id") UUID id,
                                  @QueryParam("entryId") @Parameter(description = "Only this piece's steps")
                                  UUID entryId,
                                  @BeanParam @Valid PageRequest paging) {
        return log.page(editions.require(id).id, entryId, paging.page, paging.size);
    }

    @GET
    @Path("/verify")
    @Operation(operationId = "verifyCustodyLog", summary = "Verify the edition's custody log",
            description = "Recomputes every row's HMAC over its content and the previous row's, checks the sequence "
                    + "has no gap, that the log still ends where it was last written, and that each piece is where "
                    + "its last logged step left it: ok, or the first row that does not verify (or the first "
                    + "missing) and why.")
    @APIResponse(responseCode = "200", description = "The verification", content = @Content(schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Verification verify(@PathParam("id") UUID id) {
        return log.verify(editions.require(id).id);
    }
}
