package org.jewelers.directory.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;

@Path("/api/v1/webhooks")
@Tag(name = "Change feed", description = "Every change of the public directory, by cursor or by webhook")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"partner", "staff"})
public class WebhooksResource {

    private final Webhooks webhooks;
    private final Caller caller;
    private final PublicUrls urls;

    WebhooksResource(Webhooks webhooks, Caller caller, PublicUrls urls) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe an HTTPS endpoint to the change feed",
            description = "A partner's administrator (for the token's partner) or staff (naming partnerId). Deliveries "
                    + "are signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature) with the "
                    + "secret answered here once, start with the next change, arrive in order per member and are "
                    + "retried with exponential backoff for up to 3 days. The URL must be https and reach only public "
                    + "addresses. At most 10 webhooks per partner.")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is shown only now",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "409", description = "The partner has as many webhooks as allowed")
    public Response create(@NotNull @Valid NewWebhook request, UriInfo uri) {
        CreatedWebhook created = webhooks.subscribe(request, caller);
        return Response.created(urls.created(uri, created.webhook().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Webhooks", description = "A partner's own; staff see every partner's.")
    @APIResponse(responseCode = "200", description = "One page of webhooks, oldest first")
    public Page<Webhook> list(@BeanParam @Valid PageRequest paging) {
        return webhooks.list(caller, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook",
            description = "Another partner's webhook is not found (404), as a missing one.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No webhook of yours has this id")
    public Webhook get(@PathParam("id") UUID id) {
        return Webhook.of(webhooks.require(id, caller));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook",
            description = "Its URL (checked again), description, or enabled: false pauses, true resumes after the last "
                    + "change the endpoint acknowledged.")
    @APIResponse(responseCode = "200", description = "The changed webhook", content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No webhook of yours has this id")
    public Webhook update(@PathParam("id") UUID id, @NotNull @Valid WebhookPatch patch) {
        return webhooks.change(id, patch, caller);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Deliveries stop; the log goes with it.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "404", description = "No webhook of yours has this id")
    public void delete(@PathParam("id") UUID id) {
        webhooks.unsubscribe(id, caller);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log",
            description = "Every attempt, newest first: the change, the status the endpoint answered, why it failed.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "404", description = "No webhook of yours has this id")
    public Page<WebhookDelivery> deliveries(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        return webhooks.deliveries(id, caller, paging.page, paging.size);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhook", summary = "Redeliver every change after a cursor",
            description = "The same sequence the change feed reads after that cursor, delivered again in order (with "
                    + "the same webhook-id per change); a disabled webhook is enabled again.")
    @APIResponse(responseCode = "200", description = "The webhook, rewound", content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No webhook of yours has this id")
    public Webhook replay(@PathParam("id") UUID id, @NotNull @Valid Replay replay) {
        return webhooks.replay(id, replay, caller);
    }
}
