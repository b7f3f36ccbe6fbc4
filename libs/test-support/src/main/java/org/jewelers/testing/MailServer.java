package org.jewelers.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import org.jewelers.kafkabroker.FreePorts;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a fixed loopback port for the JVM's life, so that a test can
 * stop it and start it again where the app under test keeps sending. It accepts mail for any address. A test class
 * that stops it declares {@code @ExtendWith(MailServer.StartedAgain.class)}, so that the tests after it find it up.
 */
public final class MailServer {

    private static MailServer instance;

    private final int port;
    private GreenMail server;

    private MailServer(int port) {
        this.port = port;
    }

    public static synchronized MailServer get() {
        if (instance == null) {
            instance = new MailServer(FreePorts.next());
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-smtp-stop"));
        }
        return instance;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, host(), ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops accepting connections; the messages received so far are forgotten. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for one recipient, oldest first. */
    public synchronized List<ReceivedMail> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(ReceivedMail::of)
                .filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase)).toList();
    }

    /** Starts the server again after each test, whether the test stopped it or not. */
    public static final class StartedAgain implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            get().start();
        }
    }


    /** Every message received, oldest first. */
    public synchronized List<ReceivedMail> all() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /**
     * A message as a reader sees it: its plain text and HTML parts, whether sent alone or as parts of a multipart,
     * its headers (names as sent; {@link #header} reads one ignoring case) and its attachments' names and text.
     */
    public record ReceivedMail(String from, List<String> to, String subject, String text, String html,
                               Map<String, List<String>> headers, Map<String, String> attachments) {

        static ReceivedMail of(MimeMessage message) {
            try {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (Header header : Collections.list(message.getAllHeaders())) {
                    headers.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                            .add(MimeUtility.unfold(header.getValue()));
                }
                Parts parts = new Parts();
                parts.read(message.getContent(), null);
                return new ReceivedMail(message.getFrom()[0].toString(),
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                        message.getSubject(), parts.text == null ? "" : parts.text, parts.html, headers,
                        parts.attachments);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("the test SMTP server kept a message it cannot read", e);
            }
        }

        /** The first value of a header, whatever the case of its name, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0)).findFirst().orElse(null);
        }

        public String messageId() {
            return header("Message-ID");
        }
    }

    private static final class Parts {

        private String text;
        private String html;
        private final Map<String, String> attachments = new LinkedHashMap<>();

        void read(Object content, BodyPart part) throws MessagingException, IOException {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    read(child.getContent(), child);
                }
                return;
            }
            String value = content instanceof InputStream stream
                    ? new String(stream.readAllBytes(), StandardCharsets.UTF_8) : String.valueOf(content);
            // SMTP carries lines ending in CR LF; readers want plain new lines.
            value = value.replace("\r\n", "\n");
            if (part != null && part.getFileName() != null) {
                attachments.put(part.getFileName(), value);
            } else if (part != null && part.isMimeType("text/html")) {
                html = html == null ? value : html;
            } else if (text == null) {
                text = value;
            }
        }
    }
}
