package org.jewelers.competition.judging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

/** Staff keep each edition's judges: rounds assign from this roster, and notices to judges go to its addresses. */
@Path("/api/v1/editions/{id}/judges")
@Tag(name = "Rounds")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No edition has this id")
public class RosterResource {

    private final Roster roster;

    RosterResource(Roster roster) {
        this.roster = roster;
    }

    @GET
    @Operation(operationId = "listEditionJudges", summary = "An edition's judges", description = "By name.")
    @APIResponse(responseCode = "200", description = "One page of the edition's roster")
    public Page<JudgeView> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        return roster.of(id, paging.page, paging.size).map(JudgeView::of);
    }

    @PUT
    @Path("/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addEditionJudge",
            summary = "Put a judge on the roster", description = "Adds the judge (their token subject) or "
            + "replaces their name, email and firm. The firm the judge works at is kept from them as a declared tie "
            + "is: its entries and nominees are never assigned or shown to them.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = JudgeView.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = JudgeView.class)))
    public Response put(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 200) String subject,
                        @NotNull @Valid JudgeEnrolment enrolment) {
        Roster.Enrolled enrolled = roster.enrol(id, subject, enrolment);
        return Response.status(enrolled.created() ? 201 : 200).entity(JudgeView.of(enrolled.judge())).build();
    }

    @DELETE
    @Path("/{subject}")
    @Operation(operationId = "removeEditionJudge",
            summary = "Take a judge off the roster", description = "Their assignments in the edition's rounds "
            + "go with them, as long as none is scored: once a judge has scored, the scores count in the standings "
            + "and the judge stays (they may recuse per entry or dossier instead).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The judge has scored assignments in the edition's rounds")
    public Response remove(@PathParam("id") UUID id, @PathParam("subject") String subject) {
        roster.remove(id, subject);
        return Response.noContent().build();
    }
}
