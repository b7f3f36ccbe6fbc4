package org.jewelers.competition.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.fee.FeeStanding;
import org.jewelers.competition.fee.FeeView;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.OwnDraftsResource;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/entries")
@Tag(name = "Entries", description = "CASE Awards entries, kept by their entrant from draft to submit")
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public class EntryResource extends OwnDraftsResource<EntryView, EntryPatch> {

    private final Entries entries;
    private final EntryDrafts drafts;
    private final EntrySubmits submits;
    private final EntryImages images;
    private final Caller caller;
    private final PublicUrls urls;
    private final FeeStanding fees;

    EntryResource(Entries entries, EntryDrafts drafts, EntrySubmits submits, EntryImages images, Caller caller,
                  PublicUrls urls, FeeStanding fees) {
        this.fees = fees;
        this.urls = urls;
        this.entries = entries;
        this.drafts = drafts;
        this.submits = submits;
        this.images = images;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEntry", summary = "Start a draft",
            description = "For a CASE Awards edition whose window has not closed for you. The draft belongs to you "
                    + "(the token's subject) and your member firm (the token's member_id).")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "The entry window has closed (type entry-window-closed), or you "
            + "hold as many entries in this edition as an entrant may, 20 by default, whatever their status (type "
            + "quota-exceeded, quota drafts-per-edition); deleting a draft frees its place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Response create(@NotNull @Valid NewEntry request, @Context UriInfo uri) {
        Entry entry = drafts.create(request, caller.subject(), caller.memberId(), caller.name());
        return Response.created(urls.created(uri, entry.id))
                .entity(view(entry)).build();
    }

    @GET
    @Operation(operationId = "listEntries", summary = "Your entries", description = "Only your own, newest first.")
    @APIResponse(responseCode = "200", description = "One page of your entries")
    public Page<EntryView> list(@BeanParam @Valid PageRequest paging) {
        Page<Entry> page = entries.ownedBy(caller.subject(), paging.page, paging.size);
        Map<UUID, List<EntryImage>> pictured = images.of(page.items().stream().map(e -> e.id).toList());
        Map<UUID, FeeView> paid = fees.of(page.items().stream().map(e -> e.id).toList());
        return page.map(e -> EntryView.of(e, pictured.getOrDefault(e.id, List.of()), paid.get(e.id)));
    }

    @Override
    protected EntryView own(UUID id) {
        return view(entries.own(id, caller.subject()));
    }

    @Override
    protected EntryView edit(UUID id, EntryPatch patch) {
        return view(drafts.update(id, patch, caller.subject()));
    }

    @Override
    protected void discard(UUID id) {
        drafts.delete(id, caller.subject());
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitEntry", summary = "Submit a draft",
            description = "Inside your entry window (the edition's, or your extension), with every required field "
                    + "and 1 to 6 images (a missing one is named in errors[] as `images`), and eligible by every "
                    + "rule: your member firm (the token's member_id) is in good standing, the category is entered "
                    + "(not an award such as Best in Show), the retail value is inside the category's band, and the "
                    + "firm has at most 4 entries in the edition and 1 per category. Eligibility is kept with the "
                    + "entry as evidence. Send an Idempotency-Key to retry safely: the same key with the same "
                    + "request answers the first receipt again and changes nothing; the same key with another "
                    + "request (another entry or body) answers 422. The receipt is also emailed to you (the "
                    + "token's email), once, with the first answer. An entry paid through a checkout created before "
                    + "the close may be submitted within an hour of its payment, even past the close. "
                    + Receipt.CANONICAL_FORM)
    @APIResponse(responseCode = "200", description = "The receipt",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer repeats an earlier one under the same key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "404", description = "You have no entry with this id")
    @APIResponse(responseCode = "409", description = "The window is not open for you (types entry-window-closed, "
            + "entry-window-not-open, with the deadline in the edition's zone), or the entry is not a draft, or it "
            + "changed since the version sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible (type entry-ineligible; errors[] names every failed "
            + "rule, each message starting with the rule: member-in-good-standing, category-enterable, "
            + "retail-value-in-band, entries-per-firm, entries-per-category), or the entry costs something and is "
            + "neither paid (POST /api/v1/checkouts) nor waived (type payment-required, with amountDueCents and "
            + "currency), or the Idempotency-Key was used for another request (type idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Response submit(@PathParam("id") UUID id,
                           @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+")
                           @Parameter(in = ParameterIn.HEADER, description = "A key of your choosing (for example a UUID), "
                                   + "unique per submit request; 1 to 200 visible ASCII characters",
                                   example = "5b0e7c1e-3f0a-4d8e-9b1a-2f6c1d9e4a77") String key,
                           @RequestBody(required = false) @Valid SubmitRequest body) {
        EntrySubmits.Submitted submission = submits.submit(id, caller.subject(), caller.memberId(),
                caller.email(), key, body);
        return Response.ok(submission.receipt()).header("Idempotent-Replayed", submission.replayed()).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawEntry",
            summary = "Withdraw a submitted entry", description = "Final; the firm's place in the category is freed. Withdrawing twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The withdrawn entry", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "404", description = "You have no entry with this id")
    @APIResponse(responseCode = "409", description = "A draft is deleted, not withdrawn")
    public EntryView withdraw(@PathParam("id") UUID id, @RequestBody(required = false) @Valid Withdrawal withdrawal) {
        return view(submits.withdraw(id, caller.subject(), withdrawal == null ? null : withdrawal.reason()));
    }

    private EntryView view(Entry entry) {
        return EntryView.of(entry, images.of(entry.id), fees.of(entry.id).orElse(null));
    }

    /** Optional body of a withdrawal. */
    @Schema(name = "Withdrawal")
    public record Withdrawal(@Size(max = 1000) @Schema(example = "The piece was sold") String reason) {
    }
}
