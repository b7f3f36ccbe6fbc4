package org.jewelers.stripestub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PaymentIntent a Checkout Session makes when a payment is attempted. Guarded by its {@link StripeAccount}. */
final class PaymentIntent {

    final String id;
    final long created;
    final long amount;
    final String currency;
    final Map<String, String> metadata;
    String status = "requires_payment_method";
    Map<String, Object> lastPaymentError;
    Charge charge;

    PaymentIntent(long created, long amount, String currency, Map<String, String> metadata) {
        this.id = Ids.next("pi_");
        this.created = created;
        this.amount = amount;
        this.currency = currency;
        this.metadata = Map.copyOf(metadata);
    }

    void decline() {
        status = "requires_payment_method";
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "card_error");
        error.put("code", "card_declined");
        error.put("decline_code", "generic_decline");
        error.put("message", "Your card was declined.");
        lastPaymentError = error;
    }

    void succeed(long now) {
        status = "succeeded";
        lastPaymentError = null;
        charge = new Charge(now, this);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "payment_intent");
        json.put("amount", amount);
        json.put("amount_received", charge == null ? 0 : amount);
        json.put("created", created);
        json.put("currency", currency);
        json.put("last_payment_error", lastPaymentError == null ? null : new LinkedHashMap<>(lastPaymentError));
        json.put("latest_charge", charge == null ? null : charge.id);
        json.put("livemode", false);
        json.put("metadata", new LinkedHashMap<>(metadata));
        json.put("payment_method_types", List.of("card"));
        json.put("status", status);
        return json;
    }
}
