package org.jewelers.competition.broadcast;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.audit.AuditEntry;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.ProblemException;

/** One broadcast, as staff follow it after sending. */
@Path("/api/v1/review/broadcasts/{id}")
@Tag(name = "Notices")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No broadcast has this id")
public class BroadcastReportResource {

    private final Broadcasts broadcasts;
    private final BroadcastHistory history;

    BroadcastReportResource(Broadcasts broadcasts, BroadcastHistory history) {
        this.broadcasts = broadcasts;
        this.history = history;
    }

    @GET
    @Operation(operationId = "getBroadcast",
            summary = "A broadcast's report", description = "Its recipients, each counted once as sent (accepted "
            + "by the mail server), failed (refused, or the server away, at least once; retried with backoff), "
            + "cancelled (unsubscribed from broadcasts before it was sent) or pending (waiting to be queued or "
            + "sent, at mail.max-per-second).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = BroadcastReport.class)))
    public BroadcastReport get(@PathParam("id") UUID id) {
        return broadcasts.report(id).orElseThrow(() -> ProblemException.notFound("Broadcast", id));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getBroadcastHistory",
            summary = "A broadcast's history", description = "Newest first: who sent it, to which segment, with "
            + "which subject and how many recipients; when every notice was queued.")
    @APIResponse(responseCode = "200", description = "One page of the broadcast's history")
    public Page<AuditEntry> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        get(id);
        return history.of(id, paging.page, paging.size);
    }
}
