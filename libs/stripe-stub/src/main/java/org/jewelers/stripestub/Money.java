package org.jewelers.stripestub;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Amounts in Stripe's smallest currency unit (cents, or yen for a zero-decimal currency). */
final class Money {

    private Money() {
    }

    /** The lower-case ISO code Stripe answers, or a refusal naming {@code param}. */
    static String currency(String code, String param) {
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw StripeError.invalid(param, "Invalid currency: " + code + ".");
        }
    }

    static String format(long amount, String currency) {
        Currency unit = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(amount, digits).toPlainString() + " " + unit.getCurrencyCode();
    }
}
