package org.jewelers.competition.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jewelers.web.problem.Problem;

/** Answers a refused entry request as problem+json, with the deadline that applied when a window refused it. */
public class EntryRefusedMapper {

    @ServerExceptionMapper
    public Response refused(EntryRefused e, UriInfo uri) {
        EntryRefused.Kind kind = e.kind();
        Response.ResponseBuilder answer = Response.status(kind.status()).type(Problem.MEDIA_TYPE)
                .entity(new RefusalProblem(kind.uri(), kind.title(), kind.status(), e.getMessage(),
                        uri.getRequestUri().getRawPath(), e.errors().isEmpty() ? null : e.errors(), e.deadline(),
                        e.quota()));
        if (e.retryAfter() != null) {
            // Whole seconds, rounded up: a client that waits this long is not refused again for the same reason.
            long millis = e.retryAfter().toMillis();
            answer.header("Retry-After", Math.max(1, (millis + 999) / 1000));
        }
        return answer.build();
    }

    /** RFC 9457 problem with the deadline as an extension member. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EntryProblem", description = "RFC 9457 problem detail of a refused entry request; `errors` names "
            + "every failed eligibility rule by the field it concerns, `deadline` the deadline that applied, `quota` "
            + "the quota or daily limit that was reached.")
    public record RefusalProblem(
            @Schema(example = "https://jewelers.example/problems/entry-window-closed") String type,
            @Schema(example = "The entry window is closed") String title,
            @Schema(example = "409") int status,
            @Schema(example = "Entries for CASE Awards 2027 closed at 2027-06-28T23:59 America/New_York (2027-06-29T03:59:00Z)") String detail,
            String instance,
            List<Problem.FieldError> errors,
            EntryRefused.Deadline deadline,
            EntryRefused.Quota quota) {
    }
}
