package org.jewelers.stripestub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Checkout Session in payment mode. Guarded by the {@link StripeAccount} that holds it. */
final class CheckoutSession {

    /** Stripe's bounds on {@code expires_at}, with a minute's slack for clocks and slow requests. */
    private static final long MIN_EXPIRY_SECONDS = 30 * 60 - 60;
    private static final long MAX_EXPIRY_SECONDS = 24 * 60 * 60 + 60;

    record LineItem(String name, long unitAmount, long quantity) {
    }

    final String id;
    final long created;
    final String currency;
    final List<LineItem> lineItems;
    final long amountTotal;
    final long expiresAt;
    final String successUrl;
    final String cancelUrl;
    final String clientReferenceId;
    final String customerEmail;
    final Map<String, String> metadata;
    final Map<String, String> paymentIntentMetadata;
    private final String payPage;
    String status = "open";
    String paymentStatus = "unpaid";
    String paymentIntent;

    private CheckoutSession(String id, long created, FormParams params, String payPage) {
        this.id = id;
        this.created = created;
        this.payPage = payPage;
        String mode = params.requiredString("mode");
        if (!mode.equals("payment")) {
            throw StripeError.invalid("mode", "This stub supports only mode=payment, not " + mode + ".");
        }
        List<FormParams> items = params.list("line_items");
        if (items.isEmpty()) {
            throw StripeError.missing("line_items");
        }
        List<LineItem> lines = new ArrayList<>();
        String itemCurrency = null;
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            FormParams item = items.get(i);
            if (!item.has("price_data")) {
                throw StripeError.invalid("line_items[" + i + "][price_data]",
                        "This stub supports line items with price_data only.");
            }
            FormParams price = item.nested("price_data");
            String currency = Money.currency(price.requiredString("currency"),
                    "line_items[" + i + "][price_data][currency]");
            if (itemCurrency != null && !itemCurrency.equals(currency)) {
                throw StripeError.invalid("line_items[" + i + "][price_data][currency]",
                        "All line items must have the same currency.");
            }
            itemCurrency = currency;
            long unitAmount = price.requiredInteger("unit_amount");
            long quantity = item.requiredInteger("quantity");
            if (unitAmount < 0 || quantity < 1) {
                throw StripeError.invalid("line_items[" + i + "]",
                        "unit_amount must be at least 0 and quantity at least 1.");
            }
            lines.add(new LineItem(price.nested("product_data").requiredString("name"), unitAmount, quantity));
            total = Math.addExact(total, Math.multiplyExact(unitAmount, quantity));
        }
        this.currency = itemCurrency;
        this.lineItems = List.copyOf(lines);
        this.amountTotal = total;
        Long expiry = params.integer("expires_at");
        if (expiry != null && (expiry < created + MIN_EXPIRY_SECONDS || expiry > created + MAX_EXPIRY_SECONDS)) {
            throw StripeError.invalid("expires_at",
                    "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
        }
        this.expiresAt = expiry == null ? created + 24 * 60 * 60 : expiry;
        this.successUrl = params.requiredString("success_url");
        this.cancelUrl = params.string("cancel_url");
        this.clientReferenceId = params.string("client_reference_id");
        this.customerEmail = params.string("customer_email");
        this.metadata = params.strings("metadata");
        this.paymentIntentMetadata = params.nested("payment_intent_data").strings("metadata");
    }

    static CheckoutSession create(long now, FormParams params, String payPageBase) {
        String id = Ids.next("cs_test_");
        return new CheckoutSession(id, now, params, payPageBase + id);
    }

    boolean isOpen() {
        return status.equals("open");
    }

    String successRedirect() {
        return successUrl.replace("{CHECKOUT_SESSION_ID}", id);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("object", "checkout.session");
        json.put("amount_subtotal", amountTotal);
        json.put("amount_total", amountTotal);
        json.put("cancel_url", cancelUrl);
        json.put("client_reference_id", clientReferenceId);
        json.put("created", created);
        json.put("currency", currency);
        json.put("customer_email", customerEmail);
        json.put("expires_at", expiresAt);
        json.put("livemode", false);
        json.put("metadata", new LinkedHashMap<>(metadata));
        json.put("mode", "payment");
        json.put("payment_intent", paymentIntent);
        json.put("payment_method_types", List.of("card"));
        json.put("payment_status", paymentStatus);
        json.put("status", status);
        json.put("success_url", successUrl);
        json.put("ui_mode", "hosted");
        // as at Stripe, the pay page's address is given only while the session can be paid
        json.put("url", isOpen() ? payPage : null);
        return json;
    }
}
