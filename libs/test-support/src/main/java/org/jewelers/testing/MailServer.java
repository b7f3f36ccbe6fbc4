package org.jewelers.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
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


    /** A message as a reader sees it: its plain text, whether it was sent alone or as part of a multipart. */
    public record ReceivedMail(String from, List<String> to, String subject, String text) {

        static ReceivedMail of(MimeMessage message) {
            try {
                return new ReceivedMail(message.getFrom()[0].toString(),
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                        message.getSubject(), text(message.getContent()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("the test SMTP server kept a message it cannot read", e);
            }
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
}
