package org.jewelers.competition.fee;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production with fees enabled refuses to start without Stripe's secrets, instead of failing at the first payment. */
class StripeProviderTest {

    @Test
    void feesEnabledWithoutTheKeyOrTheWebhookSecretRefuseToStart() {
        IllegalStateException missingKey = assertThrows(IllegalStateException.class, () -> provider(true, Optional.empty(),
                Optional.of("whsec_x")));
        assertTrue(missingKey.getMessage().contains("STRIPE_API_KEY"));
        assertThrows(IllegalStateException.class, () -> provider(true, Optional.of("sk_x"), Optional.of(" ")));
    }

    @Test
    void feesDisabledStartWithout() {
        provider(false, Optional.empty(), Optional.empty());
    }

    private static StripeProvider provider(boolean enabled, Optional<String> key, Optional<String> secret) {
        return new StripeProvider(enabled, "https://api.stripe.com", key, secret, "https://x/paid", "https://x/cancelled");
    }
}
