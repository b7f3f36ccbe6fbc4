package org.jewelers.competition.judging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jewelers.competition.nomination.Dossier;
import org.jewelers.competition.nomination.Essays;
import org.jewelers.competition.nomination.Nomination;

/**
 * A nominee as a judge sees them: who they are, what they do, the essays and the photo, and nothing of who nominated
 * them. Built field by field from what may be shown, never from the dossier or a nomination as a whole, so that a
 * column added to them later stays hidden until chosen here.
 */
@Schema(name = "BlindDossier", description = "A nominee to judge, without anything that identifies their nominators")
public record BlindDossier(UUID id, UUID roundId,
                           @Schema(example = "retail") String list,
                           @Schema(example = "Retail") String listName,
                           @Schema(example = "Maya Okafor") String nomineeName,
                           @Schema(example = "Custom Design Manager") String jobTitle,
                           @Schema(example = "Hartwell Jewelers") String employerName,
                           @Schema(description = "The essays of each nomination screened eligible, oldest first")
                           List<Essays> essays,
                           @Schema(description = "The nominee's photo, fetched through the judging routes") String photo,
                           @Schema(description = "Your scores so far, by criterion code") Map<String, Integer> scores,
                           @Schema(description = "Whether you scored every criterion") boolean complete) {

    /**
     * @param eligible the dossier's nominations screened eligible, oldest first; the newest says what the nominee
     *                 does now, as the honoree's citation will
     * @param employer the name of the firm the newest one names, if the competition knows it
     */
    static BlindDossier of(Assignment assignment, List<Nomination> eligible, String employer) {
        Dossier dossier = assignment.dossier;
        String listName = dossier.edition.categories.stream().filter(c -> c.code.equals(dossier.list))
                .map(c -> c.name).findFirst().orElse(dossier.list);
        Nomination newest = eligible.isEmpty() ? null : eligible.get(eligible.size() - 1);
        return new BlindDossier(dossier.id, assignment.round.id, dossier.list, listName, dossier.nomineeName,
                newest == null ? null : newest.jobTitle, employer,
                eligible.stream().map(n -> new Essays(n.essayAchievements, n.essayContribution, n.essayVision)).toList(),
                "/api/v1/judging/rounds/" + assignment.round.id + "/dossiers/" + dossier.id + "/photo",
                Map.copyOf(assignment.scores), assignment.complete());
    }
}
