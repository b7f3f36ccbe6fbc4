package org.jewelers.competition.nomination;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
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
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.competition.entry.StoredFiles;
import org.jewelers.competition.review.Screening;
import org.jewelers.web.Coded;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;

@Path("/api/v1/review/nominations")
@Tag(name = "Review")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class NominationReviewResource {

    /** What the nomination list sorts by: parameter name to entity field. */
    private static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "submittedAt", "submittedAt",
            "nomineeName", "nomineeName", "list", "list", "status", "status");

    private final Nominations nominations;
    private final NominationHistory history;
    private final NominationPhotos photos;
    private final ObjectMapper json;
    private final JsonWebToken token;

    NominationReviewResource(Nominations nominations, NominationHistory history, NominationPhotos photos,
                             ObjectMapper json, JsonWebToken token) {
        this.nominations = nominations;
        this.history = history;
        this.photos = photos;
        this.json = json;
        this.token = token;
    }

    @GET
    @Operation(summary = "Nominations to review", description = "Every nominator's nominations, filtered by edition, "
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
        Set<NominationStatus> statuses = EnumSet.noneOf(NominationStatus.class);
        if (status != null) {
            for (String code : status) {
                statuses.add(coded(NominationStatus.class, code, "status"));
            }
        }
        if (eligible != null) {
            NominationStatus screened = eligible ? NominationStatus.ACCEPTED : NominationStatus.REJECTED;
            if (!statuses.isEmpty() && !statuses.contains(screened)) {
                throw ProblemException.invalid("eligible", "contradicts the statuses asked for");
            }
            statuses = EnumSet.of(screened);
        }
        Nominator by = nominatedBy == null ? null : coded(Nominator.class, nominatedBy, "nominatedBy");
        Page<Nomination> page = nominations.search(new NominationCriteria(edition, list, statuses, by), sort(sort),
                paging.page, paging.size);
        return new Page<>(page.items().stream().map(this::reviewed).toList(), page.total(), page.page(), page.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One nomination", description = "With its nominator, eligibility evidence, screening and "
            + "dossier.")
    @APIResponse(responseCode = "200", description = "The nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    public NominationView get(@PathParam("id") UUID id) {
        return reviewed(nominations.require(id));
    }

    @GET
    @Path("/{id}/photo")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(summary = "A nomination's photo", description = "As stored, without identifying metadata.")
    @APIResponse(responseCode = "200", description = "The photo; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No nomination has this id, or it has no photo")
    public Response photo(@PathParam("id") UUID id) {
        EntryImages.StoredFile file = photos.file(id, false);
        return StoredFiles.answer(file).tag(file.sha256()).build();
    }

    @GET
    @Path("/{id}/photo/thumbnail")
    @Produces("image/jpeg")
    @Operation(summary = "A nomination's photo as a thumbnail", description = "A JPEG of at most 320 pixels a side.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No nomination has this id, or it has no photo")
    public Response thumbnail(@PathParam("id") UUID id) {
        return StoredFiles.answer(photos.file(id, true)).build();
    }

    @POST
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen a nomination", description = "Eligible (status accepted) or ineligible with a reason "
            + "(status rejected). A screened nomination may be screened again.")
    @APIResponse(responseCode = "200", description = "The screened nomination", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    @APIResponse(responseCode = "409", description = "The nomination is not submitted (a draft, awaiting consent, or declined)")
    public NominationView screen(@PathParam("id") UUID id, @NotNull @Valid Screening screening) {
        return reviewed(nominations.screen(id, screening.eligible(), screening.reason(), token.getSubject()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A nomination's status history", description = "Every step, oldest first: who, when, from "
            + "which status to which, and why.")
    @APIResponse(responseCode = "404", description = "No nomination has this id")
    @APIResponse(responseCode = "200", description = "One page of the nomination's history")
    public Page<NominationHistory.Step> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        nominations.require(id);
        return history.of(id, paging.page, paging.size);
    }

    private NominationView reviewed(Nomination nomination) {
        return NominationView.forStaff(nomination, photos.findById(nomination.id), json);
    }

    private static <T extends Enum<T> & Coded> T coded(Class<T> type, String code, String field) {
        try {
            return Coded.ofCode(type, code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "'" + code + "' is not one of the accepted values");
        }
    }

    private static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("createdAt").and("id");
        }
        boolean descending = sort.startsWith("-");
        String field = SORTS.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw ProblemException.invalid("sort", "'" + sort + "' is not a sort; use one of " + new TreeSet<>(SORTS.keySet()));
        }
        return (descending ? Sort.descending(field) : Sort.ascending(field)).and("id");
    }
}
