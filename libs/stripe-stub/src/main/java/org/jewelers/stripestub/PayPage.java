package org.jewelers.stripestub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The hosted pay page of a Checkout Session: what is bought and the total, a Pay button that completes the session
 * (no card is asked for) and a link back to the cancel URL.
 */
final class PayPage implements HttpHandler {

    private final StripeAccount account;

    PayPage(StripeAccount account) {
        this.account = account;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/pay/".length());
            switch (exchange.getRequestMethod()) {
                case "GET" -> show(exchange, id);
                case "POST" -> pay(exchange, id);
                default -> send(exchange, new Html(405, page("Not allowed", "<p>Use GET or POST.</p>")));
            }
        }
    }

    private record Html(int status, String text) {
    }

    private void show(HttpExchange exchange, String id) throws IOException {
        Html html;
        try {
            html = account.withSession(id, session -> session.isOpen()
                    ? new Html(200, form(session))
                    : closed(session.id, session.status));
        } catch (StripeError unknown) {
            html = unknown(unknown);
        }
        send(exchange, html);
    }

    private void pay(HttpExchange exchange, String id) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String successRedirect;
        try {
            successRedirect = account.pay(id);
        } catch (StripeError refusal) {
            send(exchange, refusal.status == 404
                    ? unknown(refusal)
                    : account.withSession(id, session -> closed(session.id, session.status)));
            return;
        }
        exchange.getResponseHeaders().set("Location", successRedirect);
        exchange.sendResponseHeaders(303, -1);
    }

    private static String form(CheckoutSession session) {
        StringBuilder items = new StringBuilder("<ul>");
        for (CheckoutSession.LineItem item : session.lineItems) {
            items.append("<li>").append(item.quantity()).append(" &times; ").append(escape(item.name()))
                    .append(": ").append(escape(Money.format(item.unitAmount() * item.quantity(), session.currency)))
                    .append("</li>");
        }
        items.append("</ul>");
        String total = Money.format(session.amountTotal, session.currency);
        String cancel = session.cancelUrl == null ? ""
                : " <a href=\"" + escape(session.cancelUrl) + "\">Cancel</a>";
        return page("Pay " + total, items
                + "<p>Total: <strong>" + escape(total) + "</strong></p>"
                + "<form method=\"post\" action=\"/pay/" + escape(session.id) + "\">"
                + "<button type=\"submit\">Pay</button>" + cancel + "</form>"
                + "<p><small>Stripe stub, test mode: no card is asked for and no money moves.</small></p>");
    }

    private static Html closed(String id, String status) {
        return new Html(409, page("Checkout session " + status, "<p>Checkout session " + escape(id) + " is "
                + escape(status) + " and can no longer be paid.</p>"));
    }

    private static Html unknown(StripeError refusal) {
        return new Html(404, page("Unknown checkout session", "<p>" + escape(refusal.getMessage()) + "</p>"));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void send(HttpExchange exchange, Html html) throws IOException {
        byte[] body = html.text().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
