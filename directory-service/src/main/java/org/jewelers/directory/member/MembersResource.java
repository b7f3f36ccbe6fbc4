package org.jewelers.directory.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.directory.listing.Listing;
import org.jewelers.directory.listing.Listings;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.config.PublicUrls;

@Path("/api/v1/members")
@Tag(name = "Members", description = "Member firms of the association")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final Members members;
    private final Listings listings;
    private final Caller caller;
    private final PublicUrls urls;

    MembersResource(Members members, Listings listings, Caller caller, PublicUrls urls) {
        this.urls = urls;
        this.members = members;
        this.listings = listings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMember", summary = "Add a member firm",
            description = "Staff only. The member number must be unique. A location's point and time zone come from "
                    + "its coordinates when given, else from its ZIP code.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new member",
            content = @Content(schema = @Schema(implementation = Listing.class)))
    @APIResponse(responseCode = "409", description = "The member number is already taken")
    public Response join(@NotNull @Valid NewMember request, UriInfo uri) {
        Member member = members.join(request, caller.subject());
        return Response.created(urls.created(uri, member.id))
                .entity(listings.of(member.id).orElseThrow()).build();
    }
}
