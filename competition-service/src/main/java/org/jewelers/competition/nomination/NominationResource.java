package org.jewelers.competition.nomination;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.OwnDraftsResource;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/nominations")
@Tag(name = "Nominations", description = "20 Under 40 nominations, kept by their nominator from draft to submit")
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public class NominationResource extends OwnDraftsResource<NominationView, NominationPatch> {

    private final Nominations nominations;
    private final NominationDrafts drafts;
    private final NominationSubmits submits;
    private final NominationPhotos photos;
    private final ObjectMapper json;
    private final Caller caller;
    private final PublicUrls urls;

    NominationResource(Nominations nominations, NominationDrafts drafts, NominationSubmits submits,
                       NominationPhotos photos, ObjectMapper json, Caller caller,
                       PublicUrls urls) {
        this.urls = urls;
        this.nominations = nominations;
        this.drafts = drafts;
        this.submits = submits;
        this.photos = photos;
        this.json = json;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNomination", summary = "Start a nomination",
            description = "For a 20 Under 40 edition whose window has not closed for you. Nominate yourself (self: "
                    + "the nominee is you, with your token's name and email) or a colleague (their name and email "
                    + "are required; their consent is asked by email at submit). The draft belongs to you.")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "409", description = "The window has closed (type entry-window-closed), or you hold "
            + "as many nominations in this edition as an entrant may, 30 by default, whatever their status (type "
            + "quota-exceeded, quota nominations-per-edition); deleting a draft frees its place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Response create(@NotNull @Valid NewNomination request, @Context UriInfo uri) {
        Nomination nomination = drafts.create(request, caller);
        return Response.created(urls.created(uri, nomination.id))
                .entity(view(nomination)).build();
    }

    @GET
    @Operation(operationId = "listNominations",
            summary = "Your nominations", description = "Only those you wrote, newest first.")
    @APIResponse(responseCode = "200", description = "One page of your nominations")
    public Page<NominationView> list(@BeanParam @Valid PageRequest paging) {
        Page<Nomination> page = nominations.ownedBy(caller.subject(), paging.page, paging.size);
        return page.map(this::view);
    }

    @Override
    protected NominationView own(UUID id) {
        return view(nominations.own(id, caller.subject()));
    }

    @Override
    protected NominationView edit(UUID id, NominationPatch patch) {
        return view(drafts.update(id, patch, caller.subject()));
    }

    @Override
    protected void discard(UUID id) {
        drafts.delete(id, caller.subject());
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitNomination", summary = "Submit a nomination",
            description = "Inside your window (the edition's, or your extension), with every required field, the "
                    + "three essay answers, a photo and your attestation, and eligible by every rule: the nominee is "
                    + "under 40 on the edition's cut-off date (under-40-on-cutoff), works for a member firm in good "
                    + "standing (employer-in-good-standing) based in the United States (employer-us-based), full "
                    + "time (full-time), and has at least 3 years in the industry (years-in-industry). The rules, "
                    + "the declared facts and the firm are kept as evidence. A self-nomination is then submitted "
                    + "(status submitted) and joins the nominee's dossier; a colleague's waits for the nominee's "
                    + "consent (status awaiting-consent), asked by email with a single-use link that expires. You "
                    + "are emailed when the nomination is submitted. A self-nominee says here whether their photo may be "
                    + "published with the results (publishPhoto, false when absent). No body is read, so that a bare "
                    + "POST, with any or no Content-Type, submits.")
    @APIResponse(responseCode = "200", description = "The nomination, submitted or awaiting consent",
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "You have no nomination with this id")
    @APIResponse(responseCode = "409", description = "The window is not open for you (types entry-window-closed, "
            + "entry-window-not-open), or the nomination is not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible (type nomination-ineligible; errors[] names every "
            + "failed rule, each message starting with the rule)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "429", description = "A daily limit is reached (type daily-limit-reached): you sent as "
            + "many nominations in the last 24 hours as an entrant may, 10 by default (quota nominations-per-day), "
            + "or the nominee's address was sent as many nomination emails in the last 24 hours as one address gets, "
            + "3 by default, whoever named it (quota nominee-emails-per-day). Nothing changed; Retry-After says when "
            + "the oldest counted one leaves the 24 hours.",
            headers = @Header(name = "Retry-After", description = "Seconds until the nomination can be sent",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public NominationView submit(@PathParam("id") UUID id,
                                 @QueryParam("publishPhoto") @DefaultValue("false")
                                 @Parameter(description = "A self-nomination only: whether you agree that your photo be "
                                         + "published with the results if you become an honoree. A colleague's "
                                         + "nominee chooses on their consent page, so a colleague's nomination "
                                         + "refuses true (400).") boolean publishPhoto) {
        return view(submits.submit(id, caller.subject(), publishPhoto));
    }

    private NominationView view(Nomination nomination) {
        return NominationView.forNominator(nomination, photos.findById(nomination.id), json);
    }
}
