package org.jewelers.competition.fee;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.edition.Edition;
import org.jewelers.competition.edition.Editions;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.competition.submission.CsvSheet;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.PanachePages;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/review")
@Tag(name = "Fees (staff)", description = "Waivers, refunds, promo codes, an edition's money and its reconciliation")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class FeeReviewResource {

    private final FeeAccounts accounts;
    private final PromoCodeDesk promoCodes;
    private final Checkouts checkouts;
    private final Editions editions;
    private final Caller caller;

    FeeReviewResource(FeeAccounts accounts, PromoCodeDesk promoCodes, Checkouts checkouts, Editions editions,
                      Caller caller) {
        this.accounts = accounts;
        this.promoCodes = promoCodes;
        this.checkouts = checkouts;
        this.editions = editions;
        this.caller = caller;
    }

    @POST
    @Path("/entries/{id}/fee-waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveEntryFee",
            summary = "Waive an entry's fee", description = "The entry may then be submitted without paying.")
    @APIResponse(responseCode = "200", description = "The entry's fee, waived", content = @Content(schema = @Schema(implementation = FeeView.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The fee is paid (already-paid: refund it instead) or the draft "
            + "is held by an open checkout (in-checkout)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public FeeView waiveEntry(@PathParam("id") UUID id, @NotNull @Valid Waiver waiver) {
        return accounts.waive(SubjectType.ENTRY, id, waiver.reason(), caller.subject());
    }

    @POST
    @Path("/checkouts/{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundCheckout", summary = "Refund a payment",
            description = "Every paid submission of the checkout, or the one named; recorded with who and why, sent "
                    + "to the provider in the background (status requested until it confirms).")
    @APIResponse(responseCode = "202", description = "The refunds asked for",
            content = @Content(schema = @Schema(implementation = RefundView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such checkout")
    @APIResponse(responseCode = "409", description = "The checkout is not paid, or everything of it is refunded")
    public Response refund(@PathParam("id") UUID id, @NotNull @Valid RefundRequest request) {
        List<RefundView> refunds = accounts.refund(id, request.subjectId(), request.reason(), caller.subject())
                .stream().map(RefundView::of).toList();
        return Response.accepted(refunds).build();
    }

    @GET
    @Path("/editions/{id}/checkouts")
    @Operation(operationId = "listEditionCheckouts", summary = "An edition's checkouts", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of checkouts")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Page<CheckoutView> checkouts(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        Edition edition = editions.require(id);
        return PanachePages.of(checkouts.find("editionId = ?1 order by createdAt desc, id", edition.id),
                paging.page, paging.size).map(CheckoutView::of);
    }

    @GET
    @Path("/editions/{id}/fees")
    @Operation(operationId = "getEditionFees",
            summary = "An edition's money", description = "Paid, refunded, waived and outstanding, in cents.")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(schema = @Schema(implementation = FeeTotals.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public FeeTotals totals(@PathParam("id") UUID id) {
        return accounts.totals(editions.require(id));
    }

    @GET
    @Path("/editions/{id}/fees.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportEditionFees",
            summary = "An edition's payments as CSV", description = "One row per checkout line, for the accounts.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response csv(@PathParam("id") UUID id) {
        Edition edition = editions.require(id);
        return CsvSheet.attachment(accounts.csv(edition), "fees-" + edition.year + "-" + edition.program.code() + ".csv");
    }

    @POST
    @Path("/editions/{id}/fees/reconciliation")
    @Operation(operationId = "reconcileEditionFees", summary = "Reconcile with the provider",
            description = "Compares the provider's Checkout Sessions of the edition with our checkouts and lists every "
                    + "difference: a session we do not have, a checkout the provider does not have, a status or an "
                    + "amount that differs.")
    @APIResponse(responseCode = "200", description = "The differences found", content = @Content(schema = @Schema(implementation = Reconciliation.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "503", description = "The provider did not answer")
    public Reconciliation reconcile(@PathParam("id") UUID id) {
        return accounts.reconcile(editions.require(id));
    }

    @POST
    @Path("/editions/{id}/promo-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPromoCode", summary = "Create a promo code",
            description = "A percentage or an amount off, for a number of uses within a validity window, "
                    + "optionally for some categories; entrants give its text at checkout.")
    @APIResponse(responseCode = "201", description = "The promo code", content = @Content(schema = @Schema(implementation = PromoCodeView.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The edition has a promo code of that text")
    public Response createPromoCode(@PathParam("id") UUID id, @NotNull @Valid NewPromoCode request) {
        PromoCodeView created = PromoCodeView.of(promoCodes.create(editions.require(id), request, caller.subject()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/editions/{id}/promo-codes")
    @Operation(operationId = "listEditionPromoCodes",
            summary = "An edition's promo codes", description = "With their uses held and used.")
    @APIResponse(responseCode = "200", description = "The promo codes, oldest first")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<PromoCodeView> promoCodes(@PathParam("id") UUID id) {
        return promoCodes.of(editions.require(id)).stream().map(PromoCodeView::of).toList();
    }
}
