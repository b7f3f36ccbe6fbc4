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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/checkouts")
@Tag(name = "Checkouts", description = "Entry fees: an entrant pays for one or several drafts at once")
@RolesAllowed("entrant")
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    private final Checkouts checkouts;
    private final Caller caller;
    private final PublicUrls urls;

    CheckoutResource(Checkouts checkouts, Caller caller, PublicUrls urls) {
        this.checkouts = checkouts;
        this.caller = caller;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCheckout", summary = "Pay for drafts",
            description = "Prices your drafts (entries, and nominations where the edition charges for them) as of "
                    + "now: a category's own price before the edition's, the early-bird price before its cut-off, "
                    + "then the promo code. Answers the amount, each line with the rule that priced it, and the "
                    + "provider's hosted payment page. The drafts are held by the checkout until it is paid or "
                    + "expires (one hour); a payment that completes after the close still counts, since the window "
                    + "is judged when the checkout is created. Sending the same drafts and promo code again while "
                    + "the checkout is open answers it again (200).")
    @APIResponse(responseCode = "201", description = "The checkout", content = @Content(schema = @Schema(implementation = CheckoutView.class)))
    @APIResponse(responseCode = "200", description = "The open checkout of the same drafts, created before", content = @Content(schema = @Schema(implementation = CheckoutView.class)))
    @APIResponse(responseCode = "404", description = "A draft named is not yours")
    @APIResponse(responseCode = "409", description = "The window is closed for you (entry-window-closed), a draft is "
            + "held by another checkout (in-checkout), already paid or waived (already-paid), or not a draft; or "
            + "the promo code has no uses left (promo-code-used-up)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "422", description = "The promo code is unknown, not valid now or for none of these "
            + "categories (promo-code-invalid)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "503", description = "The payment provider did not answer; nothing was held (try again)")
    public Response create(@NotNull @Valid CheckoutRequest request, @Context UriInfo uri) {
        Checkouts.Created created = checkouts.create(request, caller.subject(), caller.email());
        CheckoutView view = CheckoutView.of(created.checkout());
        return created.created() ? Response.created(urls.created(uri, view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Operation(operationId = "listCheckouts", summary = "Your checkouts", description = "Only your own, newest first.")
    @APIResponse(responseCode = "200", description = "One page of your checkouts")
    public Page<CheckoutView> list(@BeanParam @Valid PageRequest paging) {
        return checkouts.ownedBy(caller.subject(), paging.page, paging.size).map(CheckoutView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCheckout", summary = "One of your checkouts",
            description = "Its lines, amount and status and, while it is open, the provider's payUrl.")
    @APIResponse(responseCode = "200", description = "The checkout", content = @Content(schema = @Schema(implementation = CheckoutView.class)))
    @APIResponse(responseCode = "404", description = "You have no checkout with this id")
    public CheckoutView get(@PathParam("id") UUID id) {
        return CheckoutView.of(checkouts.own(id, caller.subject()));
    }
}
