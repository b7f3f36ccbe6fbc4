package org.jewelers.stripestub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionListParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** stripe-java's own client, pointed at the stub, as competition-service uses it. */
class StripeClientTest {

    private StripeStub stub;
    private StripeClient client;

    @BeforeEach
    void start() {
        stub = StripeStub.start(0, Orders.SECRET);
        client = Orders.client(stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void createsAnOpenSessionAndRetrievesIt() throws Exception {
        Session created = Orders.create(client, "entry-17");

        assertTrue(created.getId().startsWith("cs_test_"), created.getId());
        assertEquals("checkout.session", created.getObject());
        assertEquals(11500L, created.getAmountTotal());
        assertEquals(11500L, created.getAmountSubtotal());
        assertEquals("eur", created.getCurrency());
        assertEquals("open", created.getStatus());
        assertEquals("unpaid", created.getPaymentStatus());
        assertEquals("payment", created.getMode());
        assertNull(created.getPaymentIntent());
        assertEquals(stub.payPage(created.getId()), created.getUrl());
        assertEquals("entry-17", created.getClientReferenceId());
        assertEquals("atelier@example.com", created.getCustomerEmail());
        assertEquals(Map.of("entry", "entry-17"), created.getMetadata());
        assertEquals(Orders.SUCCESS_URL, created.getSuccessUrl());
        assertEquals(Orders.CANCEL_URL, created.getCancelUrl());
        assertEquals(false, created.getLivemode());

        Session retrieved = client.checkout().sessions().retrieve(created.getId());
        assertEquals(created.getId(), retrieved.getId());
        assertEquals(11500L, retrieved.getAmountTotal());
        assertEquals(created.getExpiresAt(), retrieved.getExpiresAt());
        assertEquals(created.getCreated(), retrieved.getCreated());
        assertEquals(created.getUrl(), retrieved.getUrl());
    }

    @Test
    void paymentCompletesTheSessionWithAPaymentIntent() throws Exception {
        Session created = Orders.create(client, "entry-18");

        stub.pay(created.getId());

        Session paid = client.checkout().sessions().retrieve(created.getId());
        assertEquals("complete", paid.getStatus());
        assertEquals("paid", paid.getPaymentStatus());
        assertTrue(paid.getPaymentIntent().startsWith("pi_"), paid.getPaymentIntent());
        assertNull(paid.getUrl(), "as at Stripe, a completed session has no pay page");
        assertEquals(Map.of("entry", "entry-18"),
                client.paymentIntents().retrieve(paid.getPaymentIntent()).getMetadata());
        assertThrows(IllegalStateException.class, () -> stub.pay(created.getId()));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameSession() throws Exception {
        RequestOptions once = RequestOptions.builder().setIdempotencyKey("entry-19-attempt-1").build();

        Session first = client.checkout().sessions().create(Orders.entryFees("entry-19"), once);
        Session again = client.checkout().sessions().create(Orders.entryFees("entry-19"), once);

        assertEquals(first.getId(), again.getId());
        assertEquals(1, stub.sessions().size());
        IdempotencyException reused = assertThrows(IdempotencyException.class,
                () -> client.checkout().sessions().create(Orders.entryFees("entry-20"), once));
        assertEquals("idempotency_error", reused.getStripeError().getType());
        assertNotEquals(first.getId(), Orders.create(client, "entry-19").getId(), "no key, a new session");
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyMakeOneSession() throws Exception {
        RequestOptions once = RequestOptions.builder().setIdempotencyKey("entry-21-attempt-1").build();
        Callable<String> create = () -> client.checkout().sessions().create(Orders.entryFees("entry-21"), once).getId();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(threads.submit(create));
            }
            for (Future<String> id : ids) {
                assertEquals(ids.get(0).get(), id.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(1, stub.sessions().size());
    }

    @Test
    void autoPagingWalksAllSessionsNewestFirst() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, Orders.create(client, "entry-" + i).getId());
        }

        List<String> listed = new ArrayList<>();
        for (Session session : client.checkout().sessions()
                .list(SessionListParams.builder().setLimit(2L).build()).autoPagingIterable()) {
            listed.add(session.getId());
        }

        assertEquals(created, listed);
        var firstPage = client.checkout().sessions().list(SessionListParams.builder().setLimit(2L).build());
        assertEquals(true, firstPage.getHasMore());
        assertEquals(created.subList(0, 2), firstPage.getData().stream().map(Session::getId).toList());
        var lastPage = client.checkout().sessions().list(SessionListParams.builder().setLimit(2L)
                .setStartingAfter(created.get(3)).build());
        assertEquals(false, lastPage.getHasMore());
        assertEquals(List.of(created.get(4)), lastPage.getData().stream().map(Session::getId).toList());
    }

    @Test
    void expiresOnlyAnOpenSession() throws Exception {
        Session created = Orders.create(client, "entry-22");

        Session expired = client.checkout().sessions().expire(created.getId());

        assertEquals("expired", expired.getStatus());
        assertEquals("unpaid", expired.getPaymentStatus());
        assertNull(expired.getUrl());
        InvalidRequestException again = assertThrows(InvalidRequestException.class,
                () -> client.checkout().sessions().expire(created.getId()));
        assertEquals(400, again.getStatusCode());
        assertThrows(IllegalStateException.class, () -> stub.pay(created.getId()));
    }

    @Test
    void refundsPartlyThenTheRemainder() throws Exception {
        Session created = Orders.create(client, "entry-23");
        stub.pay(created.getId());
        String paymentIntent = client.checkout().sessions().retrieve(created.getId()).getPaymentIntent();

        Refund part = client.refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(paymentIntent)
                .setAmount(3000L)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .putMetadata("withdrawal", "w-1")
                .build());
        Refund rest = client.refunds().create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).build());

        assertTrue(part.getId().startsWith("re_"), part.getId());
        assertEquals("refund", part.getObject());
        assertEquals(3000L, part.getAmount());
        assertEquals("eur", part.getCurrency());
        assertEquals("succeeded", part.getStatus());
        assertEquals(paymentIntent, part.getPaymentIntent());
        assertTrue(part.getCharge().startsWith("ch_"), part.getCharge());
        assertEquals("requested_by_customer", part.getReason());
        assertEquals(Map.of("withdrawal", "w-1"), part.getMetadata());
        assertEquals(8500L, rest.getAmount());
        var charge = client.charges().retrieve(part.getCharge());
        assertEquals(11500L, charge.getAmountRefunded());
        assertEquals(true, charge.getRefunded());
        InvalidRequestException nothingLeft = assertThrows(InvalidRequestException.class, () -> client.refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(1L).build()));
        assertEquals("charge_already_refunded", nothingLeft.getCode());
    }

    @Test
    void refusesToRefundMoreThanRemains() throws Exception {
        Session created = Orders.create(client, "entry-24");
        stub.pay(created.getId());
        String paymentIntent = client.checkout().sessions().retrieve(created.getId()).getPaymentIntent();
        client.refunds().create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(10000L).build());

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> client.refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(1501L).build()));

        assertEquals(400, refused.getStatusCode());
        assertEquals("invalid_request_error", refused.getStripeError().getType());
        assertEquals("amount", refused.getParam());
        assertEquals(1500L, client.refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(paymentIntent).setAmount(1500L).build()).getAmount());
    }

    @Test
    void refusesToRefundAnUnpaidSession() throws Exception {
        Session created = Orders.create(client, "entry-25");
        stub.failPayment(created.getId());
        String paymentIntent = client.checkout().sessions().retrieve(created.getId()).getPaymentIntent();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> client.refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(paymentIntent).build()));

        assertEquals("payment_intent", refused.getParam());
        assertEquals("open", client.checkout().sessions().retrieve(created.getId()).getStatus());
    }

    @Test
    void unknownAndForgottenSessionsAreMissing() throws Exception {
        Session created = Orders.create(client, "entry-26");
        stub.forget(created.getId());

        for (String id : List.of("cs_test_unknown", created.getId())) {
            InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                    () -> client.checkout().sessions().retrieve(id));
            assertEquals(404, missing.getStatusCode());
            assertEquals("resource_missing", missing.getCode());
            assertEquals("invalid_request_error", missing.getStripeError().getType());
        }
        assertTrue(stub.sessions().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> stub.pay(created.getId()));
    }

    @Test
    void refusesASessionWithoutLineItems() {
        SessionCreateParams noItems = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(Orders.SUCCESS_URL)
                .build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> client.checkout().sessions().create(noItems));

        assertEquals("line_items", refused.getParam());
        assertEquals("parameter_missing", refused.getCode());
    }

    @Test
    void refusesARequestWithoutAnApiKey() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stub.apiBase() + "/v1/checkout/sessions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, answer.statusCode());
        JsonNode error = new ObjectMapper().readTree(answer.body()).path("error");
        assertEquals("invalid_request_error", error.path("type").asText());
        assertTrue(error.path("message").asText().contains("API key"), answer.body());
    }
}
