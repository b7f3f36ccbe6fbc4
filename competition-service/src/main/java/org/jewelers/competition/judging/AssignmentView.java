package org.jewelers.competition.judging;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assignment as staff see it. */
@Schema(name = "Assignment")
public record AssignmentView(UUID entryId, @Schema(example = "retailer-up-to-2000") String category,
                             @Schema(description = "The judge's token subject", example = "judge-7") String judge,
                             boolean recused, @Schema(description = "Scored on every criterion") boolean scored) {

    public static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.entry.id, assignment.entry.category, assignment.judge, assignment.recused,
                assignment.complete());
    }
}
