package org.jewelers.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack's mail server: GreenMail taking SMTP for any address on a loopback port, and the mail it took readable
 * as JSON at {@code http://127.0.0.1:<mailbox port>/messages} (newest first; {@code ?to=<address>} for one
 * recipient's): sender, recipients, subject, {@code Message-ID}, the {@code List-Unsubscribe} headers of reminders
 * and broadcasts, attachment names and the plain text. Mail is kept in memory, so it is gone when the stack stops. DEV ONLY: nothing is delivered onward.
 */
final class Mailbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GreenMail smtp;
    private final HttpServer http;

    private Mailbox(GreenMail smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    static Mailbox start(int smtpPort, int httpPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
            Mailbox mailbox = new Mailbox(smtp, http);
            http.createContext("/messages", mailbox::answer);
            http.start();
            return mailbox;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("could not serve the mailbox on port " + httpPort, e);
        }
    }

    /** The messages received, newest first; only those to {@code recipient} unless it is null. */
    List<Map<String, Object>> messages(String recipient) {
        List<Map<String, Object>> messages = new ArrayList<>();
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            Map<String, Object> message = describe(received[i]);
            @SuppressWarnings("unchecked")
            List<String> to = (List<String>) message.get("to");
            if (recipient == null || to.stream().anyMatch(recipient::equalsIgnoreCase)) {
                messages.add(message);
            }
        }
        return messages;
    }

    @Override
    public void close() {
        http.stop(0);
        smtp.stop();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(messages(recipient(exchange.getRequestURI())));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String recipient(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith("to="))
                .map(p -> URLDecoder.decode(p.substring(3), StandardCharsets.UTF_8)).findFirst().orElse(null);
    }

    private static Map<String, Object> describe(MimeMessage message) {
        try {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("receivedAt", message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant().toString());
            described.put("from", message.getFrom()[0].toString());
            described.put("to", Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
            described.put("subject", message.getSubject());
            // The sender derives it from the notice's key: a resend carries the same one, and mail clients drop it.
            described.put("messageId", message.getMessageID());
            described.put("listUnsubscribe", message.getHeader("List-Unsubscribe", null));
            described.put("listUnsubscribePost", message.getHeader("List-Unsubscribe-Post", null));
            described.put("attachments", attachments(message.getContent()));
            described.put("text", text(message.getContent()));
            return described;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the mailbox kept a message it cannot read", e);
        }
    }

    /** The file names of the message's attachments (a judge's invitation carries the round's .ics). */
    private static List<String> attachments(Object content) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(part.getFileName());
                } else if (part.isMimeType("multipart/*")) {
                    names.addAll(attachments(part.getContent()));
                }
            }
        }
        return names;
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    return text(part.getContent());
                }
            }
            return "";
        }
        // SMTP carries lines ending in CR LF; readers want plain new lines.
        return String.valueOf(content).replace("\r\n", "\n");
    }
}
