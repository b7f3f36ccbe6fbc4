package org.jewelers.competition.nomination;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One nominee's dossier as staff see it: the person, every nomination of them, and whether they are an honoree. */
@Schema(name = "Dossier")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierView(UUID id, UUID editionId,
                          @Schema(example = "retail") String list,
                          @Schema(example = "Maya Okafor") String nomineeName,
                          @Schema(example = "maya.okafor@example.com") String nomineeEmail,
                          @Schema(description = "Every submitted nomination of this nominee, oldest first")
                          List<Summary> nominations,
                          boolean honoree,
                          @Schema(description = "The award granted when staff confirmed the honoree") UUID awardId,
                          Instant honoredAt,
                          String honoredBy,
                          @Schema(description = "The public citation staff wrote when they confirmed the honoree") String citation,
                          Instant createdAt) {

    public static DossierView of(Dossier dossier, List<Nomination> nominations) {
        return new DossierView(dossier.id, dossier.edition.id, dossier.list, dossier.nomineeName, dossier.nomineeEmail,
                nominations.stream().map(Summary::of).toList(), dossier.awardId != null, dossier.awardId,
                dossier.honoredAt, dossier.honoredBy, dossier.citation, dossier.createdAt);
    }

    /** A nomination in a dossier; the whole of it at /api/v1/review/nominations/{id}. */
    @Schema(name = "DossierNomination")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(UUID id, Nominator nominatedBy,
                          @Schema(description = "The nominator (token subject)") String nominator,
                          String nominatorName,
                          @Schema(example = "Custom Design Manager") String jobTitle,
                          UUID employerMemberId,
                          NominationStatus status,
                          Instant submittedAt) {

        static Summary of(Nomination n) {
            return new Summary(n.id, n.nominatedBy, n.ownerSubject, n.nominatorName, n.jobTitle, n.employerMemberId,
                    n.status, n.submittedAt);
        }
    }
}
