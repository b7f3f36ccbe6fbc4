package org.jewelers.stripestub;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refund of (part of) a charge; Stripe's test mode refunds at once, so it is always {@code succeeded}. */
record Refund(String id, long created, long amount, String currency, String paymentIntent, String charge,
        String reason, Map<String, String> metadata) {

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "refund");
        json.put("amount", amount);
        json.put("charge", charge);
        json.put("created", created);
        json.put("currency", currency);
        json.put("metadata", new LinkedHashMap<>(metadata));
        json.put("payment_intent", paymentIntent);
        json.put("reason", reason);
        json.put("status", "succeeded");
        return json;
    }
}
