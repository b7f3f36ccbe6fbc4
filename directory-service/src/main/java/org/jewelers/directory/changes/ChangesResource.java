package org.jewelers.directory.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed read by cursor: the same sequence the webhooks deliver, for a partner that rebuilds its copy of the
 * directory or catches up. It hands out the whole directory past the search's depth cap, so the gateway lets through
 * only a partner token, a staff token or a server key (never a browser key, never nothing): key types are the
 * gateway's, and a server key reaches the service without a token.
 */
@Path("/api/v1/members/changes")
@Tag(name = "Change feed", description = "Every change of the public directory, by cursor or by webhook")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    public static final int MAX_LIMIT = 500;

    private final MemberChanges changes;

    ChangesResource(MemberChanges changes) {
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "listMemberChanges", summary = "Every change of the public directory since a cursor",
            description = "Oldest first: member.listed, member.updated (data is the public listing) and member.unlisted "
                    + "(data is only the id and version). Start from 0 to rebuild the whole directory; keep the last "
                    + "page's next to catch up later. Through the gateway: a partner or staff token (bearer), or a server key (X-Api-Key); never a browser key, which "
                    + "anyone can copy off a page.")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "401", description = "Neither a token nor an API key (the gateway's answer)")
    @APIResponse(responseCode = "403", description = "A browser key, or a token of another role (the gateway's answer)")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public ChangePage list(
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,18}", message = "must be a cursor from this feed")
            @Parameter(description = "A cursor from this feed (0: from the start)", example = "1042") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT)
            @Parameter(description = "Changes per page, 1 to 500") int limit) {
        long cursor = Long.parseLong(after);
        List<MemberChange> page = changes.after(cursor, limit + 1);
        boolean more = page.size() > limit;
        List<MemberChange> items = more ? page.subList(0, limit) : page;
        String next = items.isEmpty() ? Long.toString(cursor) : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next, more);
    }
}
