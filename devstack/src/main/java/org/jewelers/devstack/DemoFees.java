package org.jewelers.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jewelers.stripestub.StripeStub;

/**
 * The coming CASE Awards edition's entry fees: $50 an entry, $35 before March 1, the top retail band priced apart,
 * and a promo code. Fay, an entrant of the demo retailer, pays for two drafts at once with the code, on the Stripe
 * stub's pay page (what its button does), and submits both once the competition has heard of the payment through
 * the webhook. Staff see the checkout and the edition's totals.
 */
final class DemoFees {

    static final String ENTRANT = "demo-entrant-fay";
    static final String PROMO_CODE = "CASE10";
    private static final String TOP_BAND = "retailer-10001-50000";

    private DemoFees() {
    }

    /** Returns how many records were added: the promo code, the two entries and their checkout. */
    static int load(DemoApi staff, DemoCompetitions.Entrants entrants, StripeStub stripe, String edition, int year,
                    JsonNode retailer) {
        staff.change("PATCH", "/api/v1/editions/" + edition, Map.of("fees", Map.of(
                "currency", "USD", "entryCents", 5000,
                "earlyBird", Map.of("cents", 3500, "until", year + "-03-01T00:00"),
                "categories", List.of(Map.of("code", TOP_BAND, "cents", 7500, "earlyBirdCents", 6000)),
                "refundOnWithdrawal", true)));
        staff.create("/api/v1/review/editions/" + edition + "/promo-codes", Map.of("code", PROMO_CODE,
                "percentOff", 10, "maxUses", 50));

        DemoApi fay = entrants.of(ENTRANT, retailer.path("id").asText());
        // A firm enters each category once: Ada's cuff already holds the retailer's $2,001 to $5,000 band.
        String brooch = DemoCompetitions.piece(fay, edition, "retailer-5001-10000", "Kelp Forest Brooch",
                "A brooch of swaying kelp fronds, its enamel shading from moss to sea green.",
                "18k green gold, plique-à-jour enamel", 650_000, new Color(40, 120, 80));
        String necklace = DemoCompetitions.piece(fay, edition, TOP_BAND, "Aurora Collar",
                "A collar of graduated opals set to shimmer like the northern lights.",
                "Platinum, Australian black opals, hand-fabricated", 2_400_000, new Color(70, 40, 140));
        JsonNode checkout = fay.createEventually("/api/v1/checkouts", Map.of("entries", List.of(brooch, necklace),
                "promoCode", PROMO_CODE));
        String payUrl = checkout.path("payUrl").asText();
        stripe.pay(URI.create(payUrl).getPath().substring("/pay/".length()));
        fay.getEventually("/api/v1/checkouts/" + checkout.path("id").asText(),
                paid -> paid.path("status").asText().equals("completed"));
        DemoCompetitions.submit(fay, brooch);
        DemoCompetitions.submit(fay, necklace);
        return 4;
    }
}
