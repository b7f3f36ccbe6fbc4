package org.jewelers.competition.broadcast;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.problem.Problem;

/** Staff write to a segment of an edition: preview, send, and follow what was sent. */
@Path("/api/v1/review/editions/{editionId}/broadcasts")
@Tag(name = "Notices", description = "Staff: broadcasts, every notice sent to a person, and notices as they will read")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No edition has this id")
public class BroadcastResource {

    private final Broadcasts broadcasts;
    private final Caller caller;

    BroadcastResource(Broadcasts broadcasts, Caller caller) {
        this.broadcasts = broadcasts;
        this.caller = caller;
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewBroadcast",
            summary = "Preview a broadcast", description = "How many distinct addresses the segment reaches now "
            + "(less those unsubscribed from broadcasts), and the message as the first of them would read it. "
            + "Sends and keeps nothing.")
    @APIResponse(responseCode = "200", description = "The count and one rendered message",
            content = @Content(schema = @Schema(implementation = BroadcastPreview.class)))
    @APIResponse(responseCode = "400", description = "An unknown segment, or a subject or message missing or too "
            + "long (errors[] names each)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public BroadcastPreview preview(@PathParam("editionId") UUID editionId, @NotNull @Valid BroadcastRequest request) {
        return broadcasts.preview(editionId, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendBroadcast",
            summary = "Send a broadcast", description = "Resolves the segment's recipients now (as the preview "
            + "counts them) and answers at once; their messages are queued in the background, in batches, by the "
            + "notice sweep (competition.notices.sweep-every), which goes on where it stopped after a restart, and "
            + "sent at the mail sender's pace (mail.max-per-second). Each recipient gets it once, with a one-click "
            + "unsubscribe link (List-Unsubscribe, RFC 8058) that stops broadcasts to that address. Send an "
            + "Idempotency-Key to retry safely: the same key with the same request answers the first broadcast's "
            + "report and sends nothing more; the same key with another request answers 422.")
    @APIResponse(responseCode = "202", description = "The broadcast's report; follow it at "
            + "/api/v1/review/broadcasts/{id}",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is an earlier "
                    + "broadcast's under the same key", schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = BroadcastReport.class)))
    @APIResponse(responseCode = "400", description = "An unknown segment, or a subject or message missing or too "
            + "long (errors[] names each); nothing is sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request (type "
            + "idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Response send(@PathParam("editionId") UUID editionId,
                         @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+")
                         @Parameter(in = ParameterIn.HEADER, description = "A key of your choosing (for example a "
                                 + "UUID), unique per broadcast; 1 to 200 visible ASCII characters",
                                 example = "0c9d5a9e-6f2b-4a51-8c1e-3d7f0b2a9e44") String key,
                         @NotNull @Valid BroadcastRequest request) {
        Broadcasts.Sent sent = broadcasts.send(editionId, request, key, caller.subject());
        return Response.accepted(sent.report()).header("Idempotent-Replayed", sent.replayed()).build();
    }

    @GET
    @Operation(operationId = "listBroadcasts",
            summary = "An edition's broadcasts", description = "Newest first, each with its report.")
    @APIResponse(responseCode = "200", description = "One page of broadcasts")
    public Page<BroadcastReport> list(@PathParam("editionId") UUID editionId, @BeanParam @Valid PageRequest paging) {
        return broadcasts.of(editionId, paging.page, paging.size);
    }
}
