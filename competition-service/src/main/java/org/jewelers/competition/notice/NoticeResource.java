package org.jewelers.competition.notice;

import io.quarkus.arc.All;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.web.paging.Page;
import org.jewelers.web.paging.PageRequest;
import org.jewelers.web.paging.SortParameter;
import org.jewelers.web.problem.Problem;
import org.jewelers.web.problem.ProblemException;

/** Staff look at the notices: every one sent or pending for a person, and any one as it will read. */
@Path("/api/v1/review/notices")
@Tag(name = "Notices")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeLog log;
    private final List<NoticePreview> previews;

    NoticeResource(NoticeLog log, @All List<NoticePreview> previews) {
        this.log = log;
        this.previews = previews;
    }

    @GET
    @Operation(operationId = "listNotices",
            summary = "A person's notices", description = "Every notice decided for the address (whatever its "
            + "case): sent, pending, failed (retried with backoff) or cancelled before it was sent, newest first "
            + "unless sorted otherwise. A reminder whose time has not come is not decided yet, so it is not listed "
            + "until it is due.")
    @APIResponse(responseCode = "200", description = "One page of the person's notices")
    @APIResponse(responseCode = "400", description = "No recipient, an unknown sort, or a page out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    public Page<NoticeView> list(
            @QueryParam("recipient") @NotBlank @Size(max = 320)
            @Parameter(description = "The person's email address", example = "maya@example.com") String recipient,
            @QueryParam("sort") @Parameter(description = "decidedAt, sentAt or kind; a leading - sorts descending; "
                    + "-decidedAt (newest first) when absent", example = "-sentAt") String sort,
            @BeanParam @Valid PageRequest paging) {
        SortParameter.Sorted<String> order = sort == null || sort.isBlank() ? NoticeLog.NEWEST
                : NoticeLog.SORTS.read(sort).orElseThrow(() -> ProblemException.invalid("sort",
                        "'" + sort + "' is not a sort; use one of " + new TreeSet<>(NoticeLog.SORTS.orders())));
        return log.to(recipient, order, paging.page, paging.size);
    }

    @GET
    @Path("/preview")
    @Transactional
    @Operation(operationId = "previewNotice",
            summary = "Preview a notice", description = "The notice of a kind about one subject, as it would be "
            + "sent now, with its recipient: an entry or a nomination for entrants', nominators' and nominees' "
            + "notices, a judge assignment for judges' notices, a broadcast for a broadcast, a finalist's entry for the "
            + "custody notices. Sends nothing. An unsubscribe link shows as {secret}, where each message carries its own signed token.")
    @APIResponse(responseCode = "200", description = "The rendered notice",
            content = @Content(schema = @Schema(implementation = RenderedNotice.class)))
    @APIResponse(responseCode = "400", description = "An unknown kind, or no or a malformed subjectId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
    @APIResponse(responseCode = "404", description = "The kind has no such subject, or cannot be previewed")
    public RenderedNotice preview(
            @QueryParam("kind") @Parameter(description = "The notice's kind", example = "draft-reminder",
                    schema = @Schema(enumeration = {"draft-reminder", "screening-outcome", "finalist", "results",
                            "consent-reminder", "nominator-told", "judge-invitation", "judge-reminder",
                            "broadcast", "custody-received", "custody-return-shipped"})) String kind,
            @QueryParam("subjectId") @Parameter(description = "What the notice is about (see above)",
                    example = "3f2b6c1e-8a4d-4e8b-9c7a-1d2e3f4a5b6c") String subjectId) {
        if (kind == null) {
            throw ProblemException.invalid("kind", "is required");
        }
        NoticeKind noticeKind = NoticeKind.of(kind).orElseThrow(() -> ProblemException.invalid("kind",
                "'" + kind + "' is not a kind of notice"));
        UUID subject = subject(subjectId);
        return previews.stream().filter(preview -> preview.kind() == noticeKind).findFirst()
                .flatMap(preview -> preview.preview(subject)).map(RenderedNotice::of)
                .orElseThrow(() -> ProblemException.notFound("Notice " + noticeKind.code() + " about", subject));
    }

    private static UUID subject(String subjectId) {
        try {
            return UUID.fromString(subjectId == null ? "" : subjectId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("subjectId", subjectId == null ? "is required" : "must be a UUID");
        }
    }
}
