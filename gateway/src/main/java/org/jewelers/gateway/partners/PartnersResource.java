package org.jewelers.gateway.partners;

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
import java.time.Clock;
import java.time.Instant;
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
import org.jewelers.web.problem.ProblemException;

/** Staff keep the partners; a partner's administrators read their own. */
@Path("/api/v1/partners")
@Tag(name = "Partners", description = "The sites that embed the directory; every API key belongs to one")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    private final PartnerStore store;
    private final Caller caller;
    private final Clock clock;
    private final PublicUrls urls;

    PartnersResource(PartnerStore store, Caller caller, Clock clock, PublicUrls urls) {
        this.store = store;
        this.caller = caller;
        this.clock = clock;
        this.urls = urls;
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartner", summary = "Add a partner", description = "Its administrators then sign in with tokens of role "
            + "`partner` whose `partner_id` claim is the partner's id.")
    @APIResponse(responseCode = "201", description = "Added; Location is the partner",
            content = @Content(schema = @Schema(implementation = Partner.class)))
    public Response create(@Valid @NotNull NewPartner request, @Context UriInfo uri) {
        Partner partner = new Partner(UUID.randomUUID(), request.name().strip(), request.contactEmail().strip(),
                Instant.now(clock), caller.subject(), null);
        store.insert(partner);
        return Response.created(urls.created(uri, partner.id())).entity(partner).build();
    }

    @GET
    @RolesAllowed("staff")
    @Operation(operationId = "listPartners", summary = "List partners", description = "By name, merged ones included.")
    @APIResponse(responseCode = "200", description = "One page of partners")
    public Page<Partner> list(@Valid @BeanParam PageRequest page) {
        return store.list(page.offset(), page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"staff", "partner"})
    @Operation(operationId = "getPartner", summary = "A partner", description = "Staff read any; a partner's administrator reads their own.")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = Partner.class)))
    @APIResponse(responseCode = "404", description = "No such partner, or another partner's")
    public Partner get(@PathParam("id") UUID id) {
        if (!caller.hasRole("staff") && !id.equals(caller.partnerId())) {
            throw ProblemException.notFound("Partner", id);
        }
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Partner", id));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergePartner", summary = "Merge a partner into another", description = "Its keys move to the other partner; it "
            + "stays listed, marked merged, and takes no new keys. Tokens naming it no longer reach the keys.")
    @APIResponse(responseCode = "200", description = "The merged partner",
            content = @Content(schema = @Schema(implementation = Partner.class)))
    @APIResponse(responseCode = "404", description = "Either partner does not exist")
    @APIResponse(responseCode = "409", description = "Either partner is merged already")
    public Partner merge(@PathParam("id") UUID id, @Valid @NotNull PartnerMerge merge) {
        return store.merge(id, merge.into());
    }
}
