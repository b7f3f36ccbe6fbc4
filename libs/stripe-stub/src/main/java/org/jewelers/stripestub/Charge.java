package org.jewelers.stripestub;

import java.util.LinkedHashMap;
import java.util.Map;

/** The successful charge of a PaymentIntent, and how much of it was refunded. Guarded by its {@link StripeAccount}. */
final class Charge {

    final String id;
    final long created;
    final long amount;
    final String currency;
    final String paymentIntent;
    final Map<String, String> metadata;
    long amountRefunded;

    Charge(long created, PaymentIntent intent) {
        this.id = Ids.next("ch_");
        this.created = created;
        this.amount = intent.amount;
        this.currency = intent.currency;
        this.paymentIntent = intent.id;
        this.metadata = intent.metadata;
    }

    long refundable() {
        return amount - amountRefunded;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "charge");
        json.put("amount", amount);
        json.put("amount_captured", amount);
        json.put("amount_refunded", amountRefunded);
        json.put("captured", true);
        json.put("created", created);
        json.put("currency", currency);
        json.put("livemode", false);
        json.put("metadata", new LinkedHashMap<>(metadata));
        json.put("paid", true);
        json.put("payment_intent", paymentIntent);
        json.put("refunded", amountRefunded == amount);
        json.put("status", "succeeded");
        return json;
    }
}
