package org.jewelers.competition.fee;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a submission stands on its fee. */
@Schema(name = "Fee")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeView(
        @Schema(enumeration = {"held", "paid", "waived", "refunded"}, example = "paid") String status,
        @Schema(description = "Cents paid (0 when waived)", example = "5000") long amountCents,
        @Schema(description = "The checkout that holds or paid it") UUID checkoutId,
        @Schema(description = "A waiver's or refund's reason") String reason,
        Instant at) {

    static FeeView of(SubmissionFee fee) {
        return new FeeView(fee.status, fee.amountCents, fee.checkoutId, fee.reason, fee.decidedAt);
    }
}
