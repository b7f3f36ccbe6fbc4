package org.jewelers.competition.notice;

import io.quarkus.qute.Engine;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/**
 * One-click unsubscribe (RFC 8058): the link a reminder carries in {@code List-Unsubscribe} and its footer. No login:
 * the signed token is the proof. {@code POST} stops that kind of reminder for that address; {@code GET}, which mail
 * scanners fetch on their own, only shows a page with a button that posts.
 */
@Path(UnsubscribeResource.PATH + "/{token}")
@Tag(name = "Notices")
@PermitAll
@APIResponse(responseCode = "400", description = "A link this service did not sign, or one altered since "
        + "(type unsubscribe-link-invalid); nothing changes",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
public class UnsubscribeResource {

    static final String PATH = "/api/v1/notices/unsubscribe";

    private final UnsubscribeLinks links;
    private final Notices notices;
    private final Engine engine;

    UnsubscribeResource(UnsubscribeLinks links, Notices notices, Engine engine) {
        this.links = links;
        this.notices = notices;
        this.engine = engine;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(operationId = "getUnsubscribePage",
            summary = "The unsubscribe page", description = "Shows which reminders the link stops, with a button "
            + "that stops them. Changes nothing: mail scanners fetch links by themselves.")
    @APIResponse(responseCode = "200", description = "The page with the button")
    public String page(@PathParam("token") @Size(max = 1000) @Parameter(description = "The token from the link")
                       String token) {
        UnsubscribeLinks.Subscription subscription = read(token);
        return engine.getTemplate("notices/unsubscribe-page.html")
                .data(Map.of("kind", subscription.kind().code(), "recipient", subscription.recipient(),
                        "done", notices.optedOut(subscription.recipient(), subscription.kind())))
                .render();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "unsubscribeFromNotices",
            summary = "Unsubscribe, in one click", description = "Stops this kind of reminder for this address, "
            + "including any queued and not yet sent (RFC 8058: the mail client posts "
            + "List-Unsubscribe=One-Click; the body is not read). Notices about the recipient's own entries, "
            + "nominations and judging still arrive. Posting again changes nothing.")
    @APIResponse(responseCode = "200", description = "Unsubscribed",
            content = @Content(schema = @Schema(implementation = Unsubscribed.class)))
    public Unsubscribed unsubscribe(@PathParam("token") @Size(max = 1000) String token) {
        UnsubscribeLinks.Subscription subscription = read(token);
        notices.optOut(subscription.recipient(), subscription.kind());
        return new Unsubscribed(subscription.recipient(), subscription.kind().code());
    }

    private UnsubscribeLinks.Subscription read(String token) {
        return links.read(token).orElseThrow(() -> new ProblemException(CompetitionProblem.UNSUBSCRIBE_LINK_INVALID,
                "This unsubscribe link was not issued by the association, or was altered."));
    }

    /** What a click stopped. */
    @Schema(name = "Unsubscribed")
    public record Unsubscribed(@Schema(example = "maya@example.com") String recipient,
                               @Schema(description = "The kind of reminder stopped", example = "draft-reminder",
                                       enumeration = {"draft-reminder", "consent-reminder", "judge-reminder",
                                               "broadcast"}) String kind) {
    }
}
