package org.jewelers.competition.nomination;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.EntryProblem;
import org.jewelers.memberfirms.MemberFirm;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.web.problem.Problem;

/**
 * The nominee's answer to a colleague's nomination, through the link mailed to them: no login, the link's token is
 * the proof (256 random bits, single use, expiring).
 */
@Path("/api/v1/nominations/consent/{token}")
@Tag(name = "Nominations")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A malformed token (longer than any link's)")
@APIResponse(responseCode = "404", description = "The link is unknown or was already used")
@APIResponse(responseCode = "410", description = "The link has expired (type consent-link-expired)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = EntryProblem.class)))
public class ConsentResource {

    private final Consents consents;
    private final MemberFirms firms;

    ConsentResource(Consents consents, MemberFirms firms) {
        this.consents = consents;
        this.firms = firms;
    }

    @GET
    @Operation(operationId = "getConsentRequest", summary = "What you are asked to consent to",
            description = "The nomination as your colleague wrote it: who nominated you, for which edition and list, "
                    + "and their essay answers. Reading it does not use the link up.")
    @APIResponse(responseCode = "200", description = "The nomination awaiting your consent",
            content = @Content(schema = @Schema(implementation = ConsentRequest.class)))
    public ConsentRequest show(@PathParam("token") @Size(max = 100)
                               @Parameter(description = "The token from the consent email") String token) {
        Nomination nomination = consents.pending(token);
        String employer = nomination.employerMemberId == null ? null
                : firms.find(nomination.employerMemberId).map(MemberFirm::name).orElse(null);
        return new ConsentRequest(nomination.edition.title, nomination.list, nomination.nominatorName,
                nomination.nomineeName, nomination.jobTitle, employer,
                new Essays(nomination.essayAchievements, nomination.essayContribution, nomination.essayVision),
                nomination.consentExpiresAt, nomination.photoPublicationConsent);
    }

    @POST
    @Operation(operationId = "giveConsent",
            summary = "Give your consent", description = "The nomination is submitted and goes to staff. The link "
            + "works once. With it you choose whether your photo may be published with the results if you become an "
            + "honoree (publishPhoto; absent or false keeps it unpublished). No body is read.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ConsentAnswer.class)))
    public ConsentAnswer consent(@PathParam("token") @Size(max = 100) String token,
                                 @QueryParam("publishPhoto") @DefaultValue("false")
                                 @Parameter(description = "Whether your photo may be published with the results if "
                                         + "you become an honoree") boolean publishPhoto) {
        return ConsentAnswer.of(consents.answer(token, true, publishPhoto));
    }

    @POST
    @Path("/decline")
    @Operation(operationId = "declineNomination",
            summary = "Decline the nomination", description = "The nomination is not submitted; the link works once.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = ConsentAnswer.class)))
    public ConsentAnswer decline(@PathParam("token") @Size(max = 100) String token) {
        return ConsentAnswer.of(consents.answer(token, false, false));
    }

    /** A colleague's nomination as its nominee reads it before answering. */
    @Schema(name = "ConsentRequest")
    public record ConsentRequest(@Schema(example = "20 Under 40, class of 2027") String edition,
                                 @Schema(example = "retail") String list,
                                 @Schema(example = "Jordan Lee") String nominatorName,
                                 @Schema(example = "Maya Okafor") String nomineeName,
                                 @Schema(example = "Custom Design Manager") String jobTitle,
                                 @Schema(example = "Hartwell Jewelers") String employerName,
                                 Essays essays,
                                 @Schema(description = "When the link stops working") Instant expiresAt,
                                 @Schema(description = "Whether your photo may be published with the results if you "
                                         + "become an honoree: false until you choose otherwise with your consent")
                                 boolean publishPhoto) {
    }

    /** The outcome of the nominee's answer. */
    @Schema(name = "ConsentAnswer")
    public record ConsentAnswer(UUID nominationId,
                                @Schema(description = "submitted, or consent-declined") NominationStatus status,
                                @Schema(description = "Whether your photo may be published with the results")
                                boolean publishPhoto) {

        static ConsentAnswer of(Nomination nomination) {
            return new ConsentAnswer(nomination.id, nomination.status, nomination.photoPublicationConsent);
        }
    }
}
