package org.jewelers.stripestub;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events as the application's webhook endpoint receives them, verified with stripe-java as production does. */
class WebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private StripeStub stub;
    private StripeClient client;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        stub = StripeStub.start(0, Orders.SECRET);
        client = Orders.client(stub);
        receiver = WebhookReceiver.start();
        stub.webhookTo(receiver.url());
    }

    @AfterEach
    void stop() {
        stub.close();
        receiver.close();
    }

    @Test
    void aCompletedSessionArrivesSignedAndDeserializable() throws Exception {
        Session created = Orders.create(client, "entry-31");

        stub.pay(created.getId());

        WebhookReceiver.Delivery delivery = awaitDeliveries(1).get(0);
        assertEquals("application/json", delivery.contentType());
        Event event = Webhook.constructEvent(delivery.payload(), delivery.signature(), Orders.SECRET, 300);
        assertEquals("checkout.session.completed", event.getType());
        assertEquals(Stripe.API_VERSION, event.getApiVersion());
        assertTrue(event.getId().startsWith("evt_"), event.getId());
        Session session = assertInstanceOf(Session.class, event.getDataObjectDeserializer().getObject().orElseThrow());
        assertEquals(created.getId(), session.getId());
        assertEquals("complete", session.getStatus());
        assertEquals("paid", session.getPaymentStatus());
        assertEquals(11500L, session.getAmountTotal());
        assertEquals(Map.of("entry", "entry-31"), session.getMetadata());
        assertEquals("entry-31", session.getClientReferenceId());
        assertTrue(session.getPaymentIntent().startsWith("pi_"), session.getPaymentIntent());
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() throws Exception {
        stub.pay(Orders.create(client, "entry-32").getId());

        WebhookReceiver.Delivery delivery = awaitDeliveries(1).get(0);

        assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(delivery.payload(), delivery.signature(), "whsec_someone_else", 300));
        assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(delivery.payload() + " ", delivery.signature(), Orders.SECRET, 300));
    }

    @Test
    void theSignatureIsStripesHmacOfTimestampAndPayload() throws Exception {
        String payload = "{\"id\":\"evt_1\"}";
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Orders.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(hmac.doFinal(("1700000000." + payload)
                .getBytes(StandardCharsets.UTF_8)));

        assertEquals("t=1700000000,v1=" + expected, StripeStub.signature(payload, Orders.SECRET, 1_700_000_000L));
    }

    @Test
    void aFailedPaymentARefundAndAnExpiryEachSendTheirObject() throws Exception {
        Session paid = Orders.create(client, "entry-33");
        Session abandoned = Orders.create(client, "entry-34");

        stub.failPayment(paid.getId());
        stub.pay(paid.getId());
        String paymentIntent = client.checkout().sessions().retrieve(paid.getId()).getPaymentIntent();
        client.refunds().create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(5000L).build());
        stub.expire(abandoned.getId());

        List<Event> events = events(awaitDeliveries(4));
        assertEquals(List.of("payment_intent.payment_failed", "checkout.session.completed", "charge.refunded",
                "checkout.session.expired"), events.stream().map(Event::getType).toList());
        PaymentIntent failed = (PaymentIntent) object(events.get(0));
        assertEquals(paymentIntent, failed.getId(), "the failed attempt's intent is the one later paid");
        assertEquals("card_declined", failed.getLastPaymentError().getCode());
        assertEquals(Map.of("entry", "entry-33"), failed.getMetadata());
        assertEquals("complete", ((Session) object(events.get(1))).getStatus());
        Charge refunded = (Charge) object(events.get(2));
        assertTrue(refunded.getId().startsWith("ch_"), refunded.getId());
        assertEquals(11500L, refunded.getAmount());
        assertEquals(5000L, refunded.getAmountRefunded());
        assertEquals(false, refunded.getRefunded());
        assertEquals(paymentIntent, refunded.getPaymentIntent());
        assertEquals(true, refunded.getPaid());
        assertEquals("succeeded", refunded.getStatus());
        Session expired = (Session) object(events.get(3));
        assertEquals(abandoned.getId(), expired.getId());
        assertEquals("expired", expired.getStatus());
    }

    @Test
    void redeliverySendsTheSameEventAgain() throws Exception {
        stub.pay(Orders.create(client, "entry-35").getId());
        String eventId = events(awaitDeliveries(1)).get(0).getId();

        stub.redeliver(eventId);

        List<WebhookReceiver.Delivery> deliveries = awaitDeliveries(2);
        assertEquals(deliveries.get(0).payload(), deliveries.get(1).payload());
        assertEquals(eventId, events(deliveries).get(1).getId());
        assertEquals(1, stub.sentEvents().size());
    }

    @Test
    void anEventRefusedByTheReceiverIsSentAgain() throws Exception {
        receiver.failNext(2);

        stub.pay(Orders.create(client, "entry-36").getId());

        List<WebhookReceiver.Delivery> deliveries = awaitDeliveries(3);
        assertEquals(List.of(500, 500, 200), deliveries.stream().map(WebhookReceiver.Delivery::answered).toList());
        List<Event> events = events(deliveries);
        assertEquals(events.get(0).getId(), events.get(2).getId());
    }

    @Test
    void eventsArriveInCreationOrder() throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sessions.add(Orders.create(client, "entry-4" + i).getId());
        }

        sessions.forEach(stub::pay);

        List<Event> events = events(awaitDeliveries(8));
        List<String> paid = events.stream().map(event -> ((Session) object(event)).getId()).toList();
        assertEquals(sessions, paid);
        List<String> created = stub.sentEvents().stream().map(Webhook::constructEventWithoutVerification)
                .map(Event::getId).toList();
        assertEquals(created, events.stream().map(Event::getId).toList());
    }

    @Test
    void withoutAWebhookUrlEventsAreKeptButNotSent() throws Exception {
        stub.webhookTo(null);
        stub.pay(Orders.create(client, "entry-37").getId());

        assertEquals(1, stub.sentEvents().size());
        String eventId = Webhook.constructEventWithoutVerification(stub.sentEvents().get(0)).getId();
        assertThrows(IllegalStateException.class, () -> stub.redeliver(eventId));

        stub.webhookTo(receiver.url());
        stub.redeliver(eventId);
        assertEquals(eventId, events(awaitDeliveries(1)).get(0).getId());
    }

    private List<WebhookReceiver.Delivery> awaitDeliveries(int count) {
        await().atMost(WAIT).until(() -> receiver.deliveries().size() >= count);
        List<WebhookReceiver.Delivery> deliveries = receiver.deliveries();
        assertEquals(count, deliveries.size(), "deliveries: " + deliveries);
        return deliveries;
    }

    private static List<Event> events(List<WebhookReceiver.Delivery> deliveries) throws Exception {
        List<Event> events = new ArrayList<>();
        for (WebhookReceiver.Delivery delivery : deliveries) {
            events.add(Webhook.constructEvent(delivery.payload(), delivery.signature(), Orders.SECRET, 300));
        }
        return events;
    }

    private static StripeObject object(Event event) {
        return event.getDataObjectDeserializer().getObject().orElseThrow(
                () -> new AssertionError("stripe-java could not read the object of " + event.getType()));
    }
}
