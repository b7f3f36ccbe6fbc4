package org.jewelers.stripestub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stripe's {@code /v1} endpoints that the competition uses: form-encoded requests, JSON answers in Stripe's shapes. */
final class StripeApi implements HttpHandler {

    private static final Pattern SESSION = Pattern.compile("/v1/checkout/sessions/([^/]+)");
    private static final Pattern SESSION_EXPIRY = Pattern.compile("/v1/checkout/sessions/([^/]+)/expire");
    private static final Pattern REFUND = Pattern.compile("/v1/refunds/([^/]+)");
    private static final Pattern PAYMENT_INTENT = Pattern.compile("/v1/payment_intents/([^/]+)");
    private static final Pattern CHARGE = Pattern.compile("/v1/charges/([^/]+)");

    private final StripeAccount account;

    StripeApi(StripeAccount account) {
        this.account = account;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (StripeError refusal) {
                answer = Answer.of(refusal);
            } catch (ArithmeticException overflow) {
                answer = Answer.of(StripeError.invalid(null, "Amount too large."));
            }
            byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Request-Id", Ids.next("req_"));
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw new StripeError(401, "invalid_request_error", null, null, "You did not provide an API key. You need "
                    + "to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: "
                    + "Bearer YOUR_SECRET_KEY').");
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        FormParams params = FormParams.parse(method.equals("GET")
                ? exchange.getRequestURI().getRawQuery()
                : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (method.equals("POST") && key != null && !key.isBlank()) {
            return account.idempotent(key, method + " " + path, params, () -> route(method, path, params));
        }
        return route(method, path, params);
    }

    private Answer route(String method, String path, FormParams params) {
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        Matcher id;
        if (path.equals("/v1/checkout/sessions") && post) {
            return Answer.of(200, account.createSession(params));
        } else if (path.equals("/v1/checkout/sessions") && get) {
            return Answer.of(200, account.listSessions(params));
        } else if ((id = SESSION.matcher(path)).matches() && get) {
            return Answer.of(200, account.session(id.group(1)));
        } else if ((id = SESSION_EXPIRY.matcher(path)).matches() && post) {
            return Answer.of(200, account.expire(id.group(1)));
        } else if (path.equals("/v1/refunds") && post) {
            return Answer.of(200, account.refund(params));
        } else if ((id = REFUND.matcher(path)).matches() && get) {
            return Answer.of(200, account.retrieveRefund(id.group(1)));
        } else if ((id = PAYMENT_INTENT.matcher(path)).matches() && get) {
            return Answer.of(200, account.retrievePaymentIntent(id.group(1)));
        } else if ((id = CHARGE.matcher(path)).matches() && get) {
            return Answer.of(200, account.retrieveCharge(id.group(1)));
        }
        throw new StripeError(404, "invalid_request_error", null, null, "Unrecognized request URL (" + method + ": "
                + path + "). This Stripe stub serves only the endpoints the competition uses.");
    }
}
