package org.jewelers.stripestub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.model.checkout.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hosted pay page, as a browser uses it: redirects are not followed, to see where they lead. */
class PayPageTest {

    private final HttpClient browser = HttpClient.newHttpClient();
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
    void showsWhatIsBoughtAndTheTotal() throws Exception {
        Session session = Orders.create(client, "entry-51");

        HttpResponse<String> page = get(session.getUrl());

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("115.00 EUR"), page.body());
        assertTrue(page.body().contains("2 &times; Entry fee: gold ring: 100.00 EUR"), page.body());
        assertTrue(page.body().contains("Entry fee: &lt;Brooch &amp; Co&gt;"), page.body());
        assertFalse(page.body().contains("<Brooch"), page.body());
        assertTrue(page.body().contains("<form method=\"post\" action=\"/pay/" + session.getId() + "\">"), page.body());
        assertTrue(page.body().contains("href=\"" + Orders.CANCEL_URL + "\""), page.body());
    }

    @Test
    void payingRedirectsToTheSuccessUrlAndCompletesTheSession() throws Exception {
        Session session = Orders.create(client, "entry-52");

        HttpResponse<String> paid = post(session.getUrl());

        assertEquals(303, paid.statusCode());
        assertEquals("http://127.0.0.1:1/entries/paid?session=" + session.getId(),
                paid.headers().firstValue("Location").orElseThrow());
        Session completed = client.checkout().sessions().retrieve(session.getId());
        assertEquals("complete", completed.getStatus());
        assertEquals("paid", completed.getPaymentStatus());
        HttpResponse<String> again = post(stub.payPage(session.getId()));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("is complete and can no longer be paid"), again.body());
        assertEquals(1, stub.sentEvents().size());
    }

    @Test
    void anExpiredSessionCannotBePaid() throws Exception {
        Session session = Orders.create(client, "entry-53");
        stub.expire(session.getId());

        HttpResponse<String> refused = post(stub.payPage(session.getId()));

        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("is expired and can no longer be paid"), refused.body());
        assertEquals(409, get(stub.payPage(session.getId())).statusCode());
        assertEquals("expired", client.checkout().sessions().retrieve(session.getId()).getStatus());
    }

    @Test
    void anUnknownSessionHasNoPage() throws Exception {
        HttpResponse<String> unknown = get(stub.payPage("cs_test_%3Cscript%3E"));

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("cs_test_&lt;script&gt;"), unknown.body());
        assertEquals(404, post(stub.payPage("cs_test_unknown")).statusCode());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
