package org.jewelers.competition.review;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.entry.Entries;
import org.jewelers.competition.entry.Entry;
import org.jewelers.competition.entry.EntryCriteria;
import org.jewelers.competition.entry.EntryHistory;
import org.jewelers.competition.entry.EntryImage;
import org.jewelers.competition.entry.EntryImages;
import org.jewelers.competition.entry.EntryScreening;
import org.jewelers.competition.entry.EntryStatus;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.competition.submission.ReviewLists;
import org.jewelers.competition.submission.Screening;
import org.jewelers.competition.submission.StoredFiles;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/review")
@Tag(name = "Review", description = "Staff: entries to screen, their history, exports and deadline extensions")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    /** What the entry list sorts by: parameter name to entity field. */
    private static final SortParameter<String> SORTS = SortParameter.<String>builder()
            .bothWays("createdAt", "createdAt")
            .bothWays("submittedAt", "submittedAt")
            .bothWays("title", "title")
            .bothWays("retailValueCents", "retailValueCents")
            .bothWays("category", "category")
            .bothWays("status", "status")
            .build();

    private final Entries entries;
    private final EntryScreening screenings;
    private final EntryHistory history;
    private final Editions editions;
    private final EntryExport export;
    private final EntryImages images;
    private final ObjectMapper json;
    private final Caller caller;

    ReviewResource(Entries entries, EntryScreening screenings, EntryHistory history, Editions editions,
                        EntryExport export, EntryImages images, ObjectMapper json, Caller caller) {
        this.entries = entries;
        this.screenings = screenings;
        this.history = history;
        this.editions = editions;
        this.export = export;
        this.images = images;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Path("/entries")
    @Operation(operationId = "listEntriesForReview",
            summary = "Entries to review", description = "Every entrant's entries, filtered by edition, category, "
            + "status and flag; oldest first unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Page<ReviewedEntry> list(
            @QueryParam("edition") @Parameter(description = "Edition id") UUID edition,
            @QueryParam("category") @Parameter(description = "Category code", example = "retailer-up-to-2000") String category,
            @QueryParam("status") @Parameter(description = "draft, submitted, accepted (screened eligible), rejected "
                    + "(screened ineligible), withdrawn, winner, finalist or not-selected; repeatable") List<String> status,
            @QueryParam("flagged") @Parameter(description = "true: only entries flagged for staff (for example their "
                    + "firm fell out of good standing); false: only unflagged ones") Boolean flagged,
            @QueryParam("sort") @Parameter(description = "createdAt, submittedAt, title, retailValueCents, category or "
                    + "status; a leading - sorts descending", example = "-submittedAt") String sort,
            @BeanParam @Valid PageRequest paging) {
        Set<EntryStatus> statuses = ReviewLists.codes(EntryStatus.class, status, "status", "is not an entry status");
        Page<Entry> page = entries.search(new EntryCriteria(edition, category, statuses, flagged),
                ReviewLists.sort(sort, SORTS), paging.page, paging.size);
        Map<UUID, List<EntryImage>> pictured = images.of(page.items().stream().map(e -> e.id).toList());
        return page.map(e -> ReviewedEntry.of(e, pictured.getOrDefault(e.id, List.of()), json));
    }

    @GET
    @Path("/entries/{id}")
    @Operation(operationId = "getEntryForReview",
            summary = "One entry", description = "With its entrant, firm, eligibility evidence, flag and screening.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = ReviewedEntry.class)))
    @APIResponse(responseCode = "404", description = "No entry has this id")
    public ReviewedEntry get(@PathParam("id") UUID id) {
        return reviewed(entries.require(id));
    }

    @GET
    @Path("/entries/{id}/images/{imageId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf"})
    @Operation(operationId = "getEntryImageForReview",
            summary = "An entry image's file", description = "As stored: without identifying metadata, its "
            + "SHA-256 the image's `sha256` on the receipt. Served as the type recognised at upload.")
    @APIResponse(responseCode = "200", description = "The file; ETag is its SHA-256",
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No entry has this id, or it has no image with this id")
    public Response image(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        return StoredFiles.file(images.file(id, imageId, false));
    }

    @GET
    @Path("/entries/{id}/images/{imageId}/thumbnail")
    @Produces("image/jpeg")
    @Operation(operationId = "getEntryImageThumbnailForReview",
            summary = "An entry image's thumbnail", description = "A JPEG of at most 320 pixels a side, made from "
            + "the stored file (a PDF's first page), for browsing entries.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No entry has this id, or it has no image with this id")
    public Response thumbnail(@PathParam("id") UUID id, @PathParam("imageId") UUID imageId) {
        return StoredFiles.answer(images.file(id, imageId, true)).build();
    }

    @POST
    @Path("/entries/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenEntry",
            summary = "Screen an entry", description = "Accepted (status accepted), ineligible with a reason "
            + "(status rejected), or returned to its entrant to fix, with a reason saying what (status draft, "
            + "while the entrant's own deadline has not passed: they edit it and submit it again, with a new "
            + "receipt); announced on competition.entries.v1 and told to the entrant. A screened entry may be "
            + "screened again.")
    @APIResponse(responseCode = "200", description = "The screened entry", content = @Content(schema = @Schema(implementation = ReviewedEntry.class)))
    @APIResponse(responseCode = "400", description = "No decision, a contradicting one, or no reason where one is required")
    @APIResponse(responseCode = "404", description = "No entry has this id")
    @APIResponse(responseCode = "409", description = "The entry is a draft, withdrawn or has its result; or a fix is asked "
            + "after the entrant's deadline (fix-past-owner-deadline, naming the deadline)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public ReviewedEntry screen(@PathParam("id") UUID id, @NotNull @Valid Screening screening) {
        return reviewed(screenings.screen(id, screening, caller.subject()));
    }

    @GET
    @Path("/entries/{id}/history")
    @Operation(operationId = "getEntryHistory",
            summary = "An entry's status history", description = "Every step, newest first: who, when, from which "
            + "status to which, and why.")
    @APIResponse(responseCode = "404", description = "No entry has this id")
    @APIResponse(responseCode = "200", description = "One page of the entry's history")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        entries.require(id);
        return history.of(id, paging.page, paging.size);
    }

    @GET
    @Path("/editions/{id}/entries.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportEditionEntries",
            summary = "Export an edition's entries as CSV", description = "Every entered piece (drafts excluded), "
            + "by category. Cells beginning with =, +, -, @, a tab or a carriage return start with an apostrophe, so "
            + "that spreadsheets read them as text rather than formulas.")
    @APIResponse(responseCode = "200", description = "The CSV, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No edition has this id")
    public Response export(@PathParam("id") UUID id) {
        Edition edition = editions.require(id);
        Set<EntryStatus> entered = EnumSet.complementOf(EnumSet.of(EntryStatus.DRAFT));
        List<Entry> all = entries.search(new EntryCriteria(id, null, entered, null),
                Sort.by("category").and("submittedAt").and("id"), 0, Integer.MAX_VALUE).items();
        return CsvSheet.attachment(export.csv(all), edition.program.code() + "-" + edition.year + "-entries.csv");
    }

    private ReviewedEntry reviewed(Entry entry) {
        return ReviewedEntry.of(entry, images.of(entry.id), json);
    }
}
