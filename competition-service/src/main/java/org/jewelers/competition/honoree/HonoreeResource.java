package org.jewelers.competition.honoree;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.nomination.DossierView;
import org.jewelers.competition.nomination.Nominations;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.Problem;

/**
 * Staff confirm honorees from the standings. Apart from the dossiers' review because it reads the judging's
 * standings and grants awards, which the nominations below them must not depend on.
 */
@Path("/api/v1/review/dossiers/{id}/honoree")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class HonoreeResource {

    private final Honorees honorees;
    private final Nominations nominations;
    private final Caller caller;

    HonoreeResource(Honorees honorees, Nominations nominations, Caller caller) {
        this.honorees = honorees;
        this.nominations = nominations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmHonoree", summary = "Confirm the nominee as an honoree",
            description = "Needs a nomination in the dossier screened eligible; at most the list's number of "
                    + "honorees (20 unless the edition's list says otherwise) per list and edition. A nominee outside "
                    + "the list's top places in the standings of the edition's latest closed round (or with no "
                    + "closed round) needs a reason, kept in the dossier's history with the citation. Grants the "
                    + "award once, announced on competition.awards.v1 (competition.award.granted, program "
                    + "20-under-40, the list as its category) with the public citation: honoree name, job title "
                    + "(from the newest eligible nomination), employer name and city. Confirming again answers the "
                    + "same award and announces nothing.")
    @APIResponse(responseCode = "201", description = "Confirmed now", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "200", description = "Confirmed before; nothing changed", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No dossier has this id")
    @APIResponse(responseCode = "409", description = "No nomination in the dossier is screened eligible, the list "
            + "already has its honorees, or the employer is unknown to the competition")
    @APIResponse(responseCode = "422", description = "Outside the list's top places and no reason given (type "
            + "honoree-outside-standings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Response confirm(@PathParam("id") UUID id, @NotNull @Valid HonoreeChoice choice) {
        Honorees.Confirmation confirmation = honorees.confirm(id, caller.subject(), choice);
        DossierView view = DossierView.of(confirmation.dossier(), nominations.inDossier(id));
        return Response.status(confirmation.granted() ? 201 : 200).entity(view).build();
    }
}
