package org.jewelers.competition.fee;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Refund")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundView(UUID id, UUID checkoutId, UUID subjectId, long amountCents,
                         @Schema(enumeration = {"requested", "succeeded", "failed"},
                                 description = "requested until the provider confirms it") String status,
                         String reason, @Schema(description = "Who asked; provider for refunds made at the provider") String actor,
                         Instant requestedAt, Instant settledAt, String failure) {

    static RefundView of(Refund refund) {
        return new RefundView(refund.id, refund.checkoutId, refund.subjectId, refund.amountCents, refund.status,
                refund.reason, refund.actor, refund.requestedAt, refund.settledAt, refund.failure);
    }
}
