package org.jewelers.competition.fee;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A checkout: its amount, how it was reached line by line, and where to pay. */
@Schema(name = "Checkout")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckoutView(
        UUID id, UUID editionId,
        @Schema(description = "The entrant who pays (their token's subject)") String ownerSubject,
        @Schema(enumeration = {"open", "completed", "expired"}) String status,
        @Schema(example = "USD") String currency,
        @Schema(description = "What the entrant pays, in cents", example = "8500") long amountCents,
        List<LineView> lines,
        @Schema(description = "The provider's hosted payment page; absent once the checkout is no longer open")
        String payUrl,
        @Schema(description = "The last failed payment attempt, as the provider told it") String lastFailure,
        Instant createdAt, Instant expiresAt, Instant completedAt) {

    @Schema(name = "CheckoutLine")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineView(@Schema(enumeration = {"entry", "nomination"}) String subjectType, UUID subjectId,
                           String category, String title,
                           @Schema(description = "The price before the promo code", example = "5000") long listCents,
                           @Schema(example = "500") long discountCents,
                           @Schema(example = "4500") long amountCents,
                           @Schema(description = "Which price applied and why", example = "the edition's early-bird "
                                   + "price, before the early-bird cut-off 2027-04-01T00:00 America/New_York")
                           String rule) {
    }

    static CheckoutView of(Checkout checkout) {
        return new CheckoutView(checkout.id, checkout.editionId, checkout.ownerSubject, checkout.status, checkout.currency,
                checkout.amountCents,
                checkout.lines.stream().map(l -> new LineView(l.subjectType, l.subjectId, l.category, l.title,
                        l.listCents, l.discountCents, l.amountCents, l.rule)).toList(),
                checkout.state() == Checkout.Status.OPEN ? checkout.payUrl : null, checkout.lastFailure,
                checkout.createdAt, checkout.expiresAt, checkout.completedAt);
    }
}
