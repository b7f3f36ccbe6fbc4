package org.jewelers.competition.fee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The provider's sessions of an edition compared with our checkouts: every difference found. */
@Schema(name = "Reconciliation")
public record Reconciliation(UUID editionId, Instant ranAt,
                             @Schema(description = "Our checkouts with a provider session") int checkouts,
                             @Schema(description = "The provider's sessions of the edition") int providerSessions,
                             List<Difference> differences) {

    @Schema(name = "ReconciliationDifference")
    public record Difference(
            @Schema(enumeration = {"missing-here", "missing-at-provider", "status-differs", "amount-differs"})
            String kind, UUID checkoutId, String providerSession, String detail) {
    }
}
