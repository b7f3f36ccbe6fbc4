package org.jewelers.competition.nomination;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A nomination as its nominator, and staff, see it. */
@Schema(name = "Nomination")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NominationView(UUID id, UUID editionId,
                             @Schema(example = "retail") String list,
                             Nominator nominatedBy,
                             @Schema(example = "Maya Okafor") String nomineeName,
                             @Schema(example = "maya.okafor@example.com") String nomineeEmail,
                             LocalDate dateOfBirth,
                             @Schema(example = "Custom Design Manager") String jobTitle,
                             UUID employerMemberId,
                             Boolean fullTime,
                             Integer yearsInIndustry,
                             boolean attested,
                             Essays essays,
                             @Schema(description = "The nominee's photo; the file at .../photo, a JPEG thumbnail at "
                                     + ".../photo/thumbnail") PhotoView photo,
                             NominationStatus status,
                             @Schema(description = "What staff asked the nominator to fix before they submit again; "
                                     + "present while this draft, returned by screening, awaits it",
                                     example = "The essay on vision is missing its second half")
                             String fixRequested,
                             @Schema(description = "The eligibility rules checked at submit, the declared facts and "
                                     + "firm they were checked against, and their outcome; null until submitted",
                                     nullable = true) JsonNode eligibility,
                             @Schema(description = "When the nominee's consent link expires, while it is awaited")
                             Instant consentExpiresAt,
                             Instant consentedAt,
                             @Schema(description = "The nominee's choice: whether their photo may be published with "
                                     + "the results (at submit for a self-nomination, with the consent for a "
                                     + "colleague's); false until they make it") boolean publishPhoto,
                             Instant submittedAt,
                             @Schema(description = "Staff only: why they screened it as they did") String screeningReason,
                             @Schema(description = "Staff only: the nominator (token subject)") String nominator,
                             @Schema(description = "Staff only: the nominator's name") String nominatorName,
                             @Schema(description = "Staff only: the nominator's email") String nominatorEmail,
                             @Schema(description = "Staff only: the dossier of every nomination of this nominee")
                             UUID dossierId,
                             long version, Instant createdAt, Instant updatedAt) {

    static NominationView forNominator(Nomination nomination, NominationPhoto photo, ObjectMapper json) {
        return of(nomination, photo, json, false);
    }

    static NominationView forStaff(Nomination nomination, NominationPhoto photo, ObjectMapper json) {
        return of(nomination, photo, json, true);
    }

    private static NominationView of(Nomination n, NominationPhoto photo, ObjectMapper json, boolean staff) {
        JsonNode eligibility;
        try {
            eligibility = n.eligibility == null ? null : json.readTree(n.eligibility);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the eligibility evidence of nomination " + n.id + " is not JSON", e);
        }
        return new NominationView(n.id, n.edition.id, n.list, n.nominatedBy, n.nomineeName, n.nomineeEmail,
                n.dateOfBirth, n.jobTitle, n.employerMemberId, n.fullTime, n.yearsInIndustry, n.attested,
                new Essays(n.essayAchievements, n.essayContribution, n.essayVision),
                photo == null ? null : PhotoView.of(photo), n.status,
                NominationScreening.STATUSES.fixRequested(n.status, n.screeningReason), eligibility,
                n.status == NominationStatus.AWAITING_CONSENT ? n.consentExpiresAt : null, n.consentedAt,
                n.photoPublicationConsent,
                n.submittedAt, staff ? n.screeningReason : null,
                staff ? n.ownerSubject : null, staff ? n.nominatorName : null, staff ? n.nominatorEmail : null,
                staff && n.dossier != null ? n.dossier.id : null, n.version, n.createdAt, n.updatedAt);
    }

    /** The photo as described beside its nomination. */
    @Schema(name = "NominationPhoto")
    public record PhotoView(@Schema(example = "image/jpeg") String mediaType,
                            @Schema(example = "1200") int width,
                            @Schema(example = "1500") int height,
                            @Schema(description = "Size of the stored file") int bytes,
                            @Schema(description = "SHA-256 of the stored file (identifying metadata removed)") String sha256) {

        static PhotoView of(NominationPhoto photo) {
            return new PhotoView(photo.mediaType, photo.width, photo.height, photo.sizeBytes, photo.sha256);
        }
    }
}
