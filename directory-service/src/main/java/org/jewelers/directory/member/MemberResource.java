package org.jewelers.directory.member;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

@Path("/api/v1/members")
@Tag(name = "Members", description = "Member firms of the association")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final Members members;

    MemberResource(Members members) {
        this.members = members;
    }

    @GET
    @Operation(summary = "List member firms", description = "Pages through the directory by name.")
    public Page<MemberView> list(@BeanParam @Valid PageRequest paging) {
        return members.list(paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One member firm")
    @APIResponse(responseCode = "200", description = "The member firm")
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No member firm has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberView get(@PathParam("id") UUID id) {
        return MemberView.of(members.require(id));
    }

    @POST
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member firm", description = "Staff only. The member number must be unique.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; each offending field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The member number is already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response join(@NotNull @Valid NewMember request, UriInfo uri) {
        Member member = members.join(request);
        return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build())
                .entity(MemberView.of(member)).build();
    }
}
