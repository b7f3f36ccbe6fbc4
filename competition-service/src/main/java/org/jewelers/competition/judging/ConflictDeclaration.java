package org.jewelers.competition.judging;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member firms a judge is tied to: employer, family, clients, anything that could sway a score. */
@Schema(name = "ConflictDeclaration")
public record ConflictDeclaration(
        @NotNull @Size(max = 200) @Schema(required = true, description = "Member ids, as the directory lists them")
        Set<UUID> memberIds) {
}
