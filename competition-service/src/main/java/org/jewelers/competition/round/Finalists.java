package org.jewelers.competition.round;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The entries staff advance to the finals. */
@Schema(name = "Finalists")
public record Finalists(@NotNull @Size(max = 1000) @Schema(required = true) Set<UUID> entryIds) {
}
