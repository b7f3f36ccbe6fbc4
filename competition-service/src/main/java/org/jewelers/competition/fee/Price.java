package org.jewelers.competition.fee;

/**
 * What a submission costs at an instant, and the rule that decided it in words ("early-bird price of category
 * bridal, before 2027-04-01T00:00 America/New_York"), kept with the payment.
 */
public record Price(long cents, String currency, String rule) {
}
