package org.jewelers.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus app's mailer at the test JVM's SMTP server ({@link MailServer}), through real SMTP: the mock
 * mailer stays off, so a test reads back exactly what the app sent.
 */
public class RealMail implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        MailServer server = MailServer.get();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", server.host(),
                "quarkus.mailer.port", String.valueOf(server.port()));
    }

    @Override
    public void stop() {
        // The server is shared by the whole JVM and stopped at its exit.
    }
}
