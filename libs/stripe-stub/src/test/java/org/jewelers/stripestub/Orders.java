package org.jewelers.stripestub;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import java.time.Instant;

/** Checkout Sessions as the competition creates them: entry fees for pieces entered in the competition. */
final class Orders {

    static final String SECRET = "whsec_stub_test_secret";
    static final String SUCCESS_URL = "http://127.0.0.1:1/entries/paid?session={CHECKOUT_SESSION_ID}";
    static final String CANCEL_URL = "http://127.0.0.1:1/entries/cancelled";

    private Orders() {
    }

    static StripeClient client(StripeStub stub) {
        return StripeClient.builder().setApiKey("sk_test_stub").setApiBase(stub.apiBase()).build();
    }

    /** Two rings at 50.00 EUR and a brooch at 15.00 EUR: 115.00 EUR. */
    static SessionCreateParams entryFees(String entry) {
        return SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(item("Entry fee: gold ring", 5000, 2))
                .addLineItem(item("Entry fee: <Brooch & Co>", 1500, 1))
                .setSuccessUrl(SUCCESS_URL)
                .setCancelUrl(CANCEL_URL)
                .setClientReferenceId(entry)
                .setCustomerEmail("atelier@example.com")
                .setExpiresAt(Instant.now().getEpochSecond() + 3600)
                .putMetadata("entry", entry)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata("entry", entry).build())
                .build();
    }

    static Session create(StripeClient client, String entry) throws StripeException {
        return client.checkout().sessions().create(entryFees(entry));
    }

    private static LineItem item(String name, long unitAmount, long quantity) {
        return LineItem.builder()
                .setQuantity(quantity)
                .setPriceData(PriceData.builder()
                        .setCurrency("eur")
                        .setUnitAmount(unitAmount)
                        .setProductData(ProductData.builder().setName(name).build())
                        .build())
                .build();
    }
}
