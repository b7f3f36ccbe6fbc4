package org.jewelers.competition.nomination;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.ReviewLists;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/review/nominations")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class NominationReviewResource {

    /** What the nomination list sorts by: parameter name to entity field. */
    private static final SortParameter<String> SORTS = SortParameter.<String>builder()
            .bothWays("createdAt", "createdAt")
            .bothWays("submittedAt", "submittedAt")
            .bothWays("nomineeName", "nomineeName")
            .bothWays("list", "list")
            .bothWays("status", "status")
            .build();
    private static final String NOT_ONE = "is not one of the accepted values";

    private final Nominations nominations;
    private final NominationScreening screenings;
    private final NominationHistory history;
    private final NominationPhotos photos;
    private final Consents consents;
    private final ObjectMapper json;
    private final Caller caller;

    NominationReviewResource(Nominations nominations, NominationScreening screenings, NominationHistory history,
                             NominationPhotos photos, Consents consents, ObjectMapper json, Caller caller) {
        this.nominations = nominations;
        this.screenings = screenings;
        this.history = history;
        this.photos = photos;
        this.consents = consents;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNominationsForReview",
            summary = "Nominations to review", description = "Every nominator's nominations, filtered by edition, "
            + "list, status, screening outcome and who nominated; oldest first unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "One page of nominations")
    public Page<NominationView> list(
            @QueryParam("edition") @Parameter(description = "Edition id") UUID edition,
            @QueryParam("list") @Parameter(description = "List code", example = "retail") String list,
            @QueryParam("status") @Parameter(description = "draft, awaiting-consent, consent-declined, submitted, "
                    + "accepted (screened eligible) or rejected (screened ineligible); repeatable") List<String> status,
            @QueryParam("eligible") @Parameter(description = "Eligibility as screened: true, only nominations "
                    + "screened eligible (accepted); false, only those screened ineligible (rejected). Every "
                    + "submitted nomination passed the eligibility rules at submit; its evidence shows how.")
            Boolean eligible,
            @QueryParam("nominatedBy") @Parameter(description = "self or colleague") String nominatedBy,
            @QueryParam("sort") @Parameter(description = "createdAt, submittedAt, nomineeName, list or status; a "
                    + "leading - sorts descending", example = "-submittedAt") String sort,
            @BeanParam @Valid PageRequest paging) {
        Set<NominationStatus> statuses = ReviewLists.codes(NominationStatus.class, status, "status", NOT_ONE);
        if (eligible != null) {
            NominationStatus screened = eligible ? NominationStatus.ACCEPTED : NominationStatus.REJECTED;
            if (!statuses.isEmpty() && !statuses.contains(screened)) {
                throw ProblemException.invalid("eligible", "contradicts the statuses asked for");
            }
            statuses = EnumSet.of(screened);
        }
        Nominator by = nominatedBy == null ? null
                : ReviewLists.coded(Nominator.class, nominatedBy, "nominatedBy", NOT_ONE);
        Page<Nomination> page = nominations.search(new NominationCriteria(edition, list, statuses, by),
                ReviewLists.sort(sort, SORTS), paging.page, paging.size);
        return page.map(this::reviewed);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNominationForReview",
            summary = "One nomination", description = "With its nominator, eligibility evidence, screening and "
            + "dossier.")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    public NominationView get(@PathParam("id") UUID id) {
        return reviewed(nominations.require(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getNominationHistory",
            summary = "A nomination's status history", description = "Every step, newest first: who, when, from "
            + "which status to which, and why.")
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    @APIResponse(responseCode = "200", description = "One page of the nomination's history")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        nominations.require(id);
        return history.of(id, paging.page, paging.size);
    }

    @GET
    @Path("/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getNominationPhotoForReview",
            summary = "A nomination's photo", description = "As stored, without identifying metadata.")
    @APIResponse(responseCode = "200", description = "The photo; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No nomination has this id, or it has no photo")
    public Response photo(@PathParam("id") UUID id) {
        return StoredFiles.file(photos.file(id, false));
    }

    @GET
    @Path("/{id}/photo/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getNominationPhotoThumbnailForReview",
            summary = "A nomination's photo as a thumbnail", description = "A JPEG of at most 320 pixels a side.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No nomination has this id, or it has no photo")
    public Response thumbnail(@PathParam("id") UUID id) {
        return StoredFiles.answer(photos.file(id, true)).build();
    }

    @POST
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenNomination",
            summary = "Screen a nomination", description = "Accepted (status accepted), ineligible with a reason "
            + "(status rejected), or returned to its nominator to fix, with a reason saying what (status draft, while "
            + "the nominator's own deadline has not passed: they edit it and submit it again, and a colleague's "
            + "nominee is asked to consent again); told to the nominator. A screened nomination may be screened "
            + "again.")
    @APIResponse(responseCode = "200", description = "The screened nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "400", description = "No decision, a contradicting one, or no reason where one is required")
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    @APIResponse(responseCode = "409", description = "The nomination is not submitted (a draft, awaiting consent, or "
            + "declined); or a fix is asked after the nominator's deadline (fix-past-owner-deadline, naming the "
            + "deadline)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public NominationView screen(@PathParam("id") UUID id, @NotNull @Valid Screening screening) {
        return reviewed(screenings.screen(id, screening, caller.subject()));
    }

    @POST
    @Path("/{id}/consent-link")
    @Operation(operationId = "reissueConsentLink",
            summary = "Send the nominee a new consent link", description = "For a nomination awaiting the nominee's "
            + "answer (their link lost, or expired unanswered): a new link, valid for the usual time from now, is "
            + "mailed with the consent request again; the one before stops working. Counted in the nominee "
            + "address's daily bound of nomination emails. The nominee is reminded of the new link before it "
            + "expires, as of the first.")
    @APIResponse(responseCode = "200", description = "The nomination, with the new link's expiry",
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    @APIResponse(responseCode = "409", description = "The nomination does not await consent (a draft, submitted, "
            + "screened, or declined)")
    @APIResponse(responseCode = "429", description = "The nominee's address had its daily share of nomination "
            + "emails (type daily-limit-reached, with Retry-After)")
    public NominationView reissueConsentLink(@PathParam("id") UUID id) {
        return reviewed(consents.reissue(id, caller.subject()));
    }

    private NominationView reviewed(Nomination nomination) {
        return NominationView.forStaff(nomination, photos.findById(nomination.id), json);
    }
}
