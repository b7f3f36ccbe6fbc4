package org.jewelers.directory.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.directory.history.History;
import org.jewelers.directory.listing.Listing;
import org.jewelers.directory.listing.Listings;
import org.jewelers.web.caching.Cacheable;
import org.jewelers.web.caching.Freshness;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

@Path("/api/v1/members/{id}")
@Tag(name = "Members", description = "Member firms of the association")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No listed member firm has this id")
public class MemberResource {


    private final Members members;
    private final Listings listings;
    private final History history;
    private final Cacheable cacheable;
    private final Caller caller;

    MemberResource(Members members, Listings listings, History history, Cacheable cacheable, Caller caller) {
        this.members = members;
        this.listings = listings;
        this.history = history;
        this.cacheable = cacheable;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMember", summary = "One member firm's public listing",
            description = "Firms not in good standing or that opted out are not listed (404), except to staff. "
                    + "Answers carry an ETag; send it back in If-None-Match for a 304.")
    @APIResponse(responseCode = "200", description = "The listing",
            content = @Content(schema = @Schema(implementation = Listing.class)))
    @APIResponse(responseCode = "304", description = "The listing has not changed since the ETag you sent")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Member member = members.require(id);
        if (!member.isListed() && !caller.hasRole("staff")) {
            throw ProblemException.notFound("Member", id);
        }
        return cacheable.ok(request, listings.of(id).orElseThrow(), Freshness.CHANGING);
    }

    @PATCH
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMember",
            summary = "Change a member firm", description = "Staff only. Absent fields stay; lists given replace the whole list.")
    @APIResponse(responseCode = "200", description = "The changed listing", content = @Content(schema = @Schema(implementation = Listing.class)))
    public Listing update(@PathParam("id") UUID id, @NotNull @Valid MemberPatch patch) {
        members.update(id, patch, caller.subject());
        return listings.of(id).orElseThrow();
    }

    @POST
    @Path("/standing")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberStanding", summary = "Change a member firm's standing",
            description = "Staff only: suspend, reinstate, lapse or grace. Only active and grace are good standing and listed.")
    @APIResponse(responseCode = "200", description = "The listing with its new standing",
            content = @Content(schema = @Schema(implementation = Listing.class)))
    public Listing changeStanding(@PathParam("id") UUID id, @NotNull @Valid StandingChange change) {
        members.changeStanding(id, change, caller.subject());
        return listings.of(id).orElseThrow();
    }

    @POST
    @Path("/leave")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMemberLeaving", summary = "Record that a member firm left the association",
            description = "Staff only. The firm stays on file (history, honors) but is never listed again; "
                    + "the other services learn it from the member-left event. Leaving twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The firm's listing, no longer in good standing",
            content = @Content(schema = @Schema(implementation = Listing.class)))
    public Listing leave(@PathParam("id") UUID id, @Valid StandingChange.Reason reason) {
        members.leave(id, reason == null ? null : reason.reason(), caller.subject());
        return listings.of(id).orElseThrow();
    }

    @PATCH
    @Path("/listing")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMemberListing", summary = "Edit your own firm's listing",
            description = "Role member, for the firm in the token's member_id only: description, services, hours "
                    + "and their dated exceptions (holidays, special hours, closed days), contact visibility, opt-out.")
    @APIResponse(responseCode = "200", description = "The edited listing", content = @Content(schema = @Schema(implementation = Listing.class)))
    @APIResponse(responseCode = "403", description = "The listing belongs to another firm")
    public Listing editListing(@PathParam("id") UUID id, @NotNull @Valid ListingEdit edit) {
        if (!caller.speaksFor(id)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may edit only your own firm's listing");
        }
        members.editListing(id, edit, caller.subject());
        return listings.of(id).orElseThrow();
    }

    @GET
    @Path("/history")
    @RolesAllowed("staff")
    @Operation(operationId = "getMemberHistory",
            summary = "A member firm's change history", description = "Staff only. Newest first: who, when, what changed and why.")
    @APIResponse(responseCode = "200", description = "One page of the firm's history")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        members.require(id);
        return history.of(id, paging.page, paging.size);
    }
}
