package org.jewelers.competition.fee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An edition's money, in cents of its currency, and the submissions behind each figure. */
@Schema(name = "FeeTotals")
public record FeeTotals(
        @Schema(example = "USD") String currency,
        @Schema(description = "Paid through completed checkouts, refunds not deducted") long paidCents,
        @Schema(description = "Returned, whoever asked") long refundedCents,
        @Schema(description = "paidCents - refundedCents") long netCents,
        @Schema(description = "Refunds asked for and not yet confirmed by the provider") long refundsPendingCents,
        @Schema(description = "Submissions whose fee staff waived") long waived,
        @Schema(description = "Submissions paid for (not refunded)") long paid,
        @Schema(description = "Drafts held by open checkouts: payments on their way") long outstanding,
        @Schema(description = "What the open checkouts come to") long outstandingCents) {
}
