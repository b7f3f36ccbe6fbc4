package org.jewelers.competition.fee;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionListParams;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Stripe, through its official client: Checkout Sessions for payments, Refunds, and the list of sessions the
 * reconciliation compares. Every call that creates something carries an idempotency key of ours, so a retry after
 * a lost answer creates nothing twice. The API base is configurable: tests and the dev stack point it at the
 * project's Stripe stub. With fees enabled, the service refuses to start without its API key and webhook secret.
 */
@Startup
@ApplicationScoped
public class StripeProvider {

    private final StripeClient client;
    private final String webhookSecret;
    private final String successUrl;
    private final String cancelUrl;

    StripeProvider(@ConfigProperty(name = "competition.fees.enabled") boolean enabled,
                   @ConfigProperty(name = "competition.fees.stripe.api-base") String apiBase,
                   @ConfigProperty(name = "competition.fees.stripe.api-key") Optional<String> apiKey,
                   @ConfigProperty(name = "competition.fees.stripe.webhook-secret") Optional<String> webhookSecret,
                   @ConfigProperty(name = "competition.fees.success-url") String successUrl,
                   @ConfigProperty(name = "competition.fees.cancel-url") String cancelUrl) {
        if (enabled && (apiKey.filter(k -> !k.isBlank()).isEmpty() || webhookSecret.filter(k -> !k.isBlank()).isEmpty())) {
            throw new IllegalStateException("Fees are enabled (competition.fees.enabled) but STRIPE_API_KEY or "
                    + "STRIPE_WEBHOOK_SECRET is not set");
        }
        this.client = StripeClient.builder().setApiKey(apiKey.orElse("")).setApiBase(apiBase)
                .setConnectTimeout(5_000).setReadTimeout(15_000).setMaxNetworkRetries(2).build();
        this.webhookSecret = webhookSecret.orElse("");
        this.successUrl = successUrl;
        this.cancelUrl = cancelUrl;
    }

    String webhookSecret() {
        return webhookSecret;
    }

    /** A hosted payment page for the checkout's lines, expiring when the checkout does. */
    Session createSession(Checkout checkout, String customerEmail) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(checkout.id.toString())
                .putMetadata("checkout", checkout.id.toString())
                .putMetadata("edition", checkout.editionId.toString())
                .setSuccessUrl(successUrl.replace("{CHECKOUT_ID}", checkout.id.toString()))
                .setCancelUrl(cancelUrl.replace("{CHECKOUT_ID}", checkout.id.toString()))
                .setExpiresAt(checkout.expiresAt.getEpochSecond());
        if (customerEmail != null && !customerEmail.isBlank()) {
            params.setCustomerEmail(customerEmail);
        }
        for (CheckoutLine line : checkout.lines) {
            params.addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                    .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(checkout.currency.toLowerCase())
                            .setUnitAmount(line.amountCents)
                            .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(line.subjectType + ": " + line.title).build())
                            .build())
                    .build());
        }
        return call(() -> client.checkout().sessions().create(params.build(), idempotent("checkout-" + checkout.id)));
    }

    Session session(String id) {
        return call(() -> client.checkout().sessions().retrieve(id));
    }

    Session expire(String id) {
        return call(() -> client.checkout().sessions().expire(id));
    }

    /** Every session the provider has, newest first. */
    List<Session> sessions() {
        List<Session> all = new ArrayList<>();
        call(() -> {
            client.checkout().sessions().list(SessionListParams.builder().setLimit(100L).build())
                    .autoPagingIterable().forEach(all::add);
            return all;
        });
        return all;
    }

    Refund refund(org.jewelers.competition.fee.Refund refund, String paymentIntent) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(paymentIntent)
                .setAmount(refund.amountCents).putMetadata("refund", refund.id.toString()).build();
        return call(() -> client.refunds().create(params, idempotent("refund-" + refund.id)));
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private interface StripeCall<T> {
        T call() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.call();
        } catch (StripeException e) {
            throw new ProblemException(CompetitionProblem.PAYMENT_PROVIDER_UNAVAILABLE,
                    "The payment provider answered: " + e.getMessage()).retryAfter(Duration.ofSeconds(30));
        }
    }
}
