package org.jewelers.competition.judging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assignment as staff see it. */
@Schema(name = "Assignment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentView(@Schema(description = "The entry (CASE)") UUID entryId,
                             @Schema(description = "The nominee's dossier (20 Under 40)") UUID dossierId,
                             @Schema(description = "The category, or the 20 Under 40 list", example = "retailer-up-to-2000") String category,
                             @Schema(description = "The judge's token subject", example = "judge-7") String judge,
                             boolean recused, @Schema(description = "Scored on every criterion") boolean scored) {

    public static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.entry == null ? null : assignment.entry.id,
                assignment.dossier == null ? null : assignment.dossier.id, assignment.group(), assignment.judge, assignment.recused,
                assignment.complete());
    }
}
