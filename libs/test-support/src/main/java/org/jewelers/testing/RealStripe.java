package org.jewelers.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.jewelers.stripestub.StripeStub;

/**
 * Points a Quarkus app's Stripe client at the test JVM's Stripe stub, which answers with Stripe's shapes and signs
 * its webhooks as Stripe does, so the app's own verification runs. The app's test port is chosen when it starts, so
 * a test names the webhook's address itself ({@code RealStripe.stub().webhookTo(...)}).
 */
public class RealStripe implements QuarkusTestResourceLifecycleManager {

    /** The webhook secret the stub signs with and the app under test verifies with. */
    public static final String WEBHOOK_SECRET = "whsec_test_stub";

    private static StripeStub stub;

    public static synchronized StripeStub stub() {
        if (stub == null) {
            stub = StripeStub.start(0, WEBHOOK_SECRET);
            Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "test-stripe-stop"));
        }
        return stub;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("competition.fees.stripe.api-base", stub().apiBase(),
                "competition.fees.stripe.webhook-secret", WEBHOOK_SECRET);
    }

    @Override
    public void stop() {
        // The stub is shared by the whole JVM and stopped at its exit.
    }
}
