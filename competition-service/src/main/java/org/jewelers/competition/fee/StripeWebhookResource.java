package org.jewelers.competition.fee;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jewelers.competition.problem.CompetitionProblem;
import org.jewelers.web.problem.ProblemException;

/**
 * Stripe's webhook. The signature is checked by the Stripe library itself (HMAC-SHA256 of the timestamp and the raw
 * body with the endpoint's secret, five minutes of tolerance), so a forged or replayed-late event changes nothing.
 */
@Path("/api/v1/payments/stripe/webhook")
@Tag(name = "Payments")
@PermitAll
public class StripeWebhookResource {

    /** Stripe's own default tolerance. */
    private static final long TOLERANCE_SECONDS = 300;

    private final StripeProvider provider;
    private final PaymentEvents events;

    StripeWebhookResource(StripeProvider provider, PaymentEvents events) {
        this.provider = provider;
        this.events = events;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "receiveStripeEvent", summary = "Receive a Stripe event (Stripe only)",
            description = "Verified by its Stripe-Signature header; processed once per event id, in any order.")
    @APIResponse(responseCode = "204", description = "The event was processed, or had been before")
    @APIResponse(responseCode = "400", description = "The signature does not verify, is older than five minutes, or "
            + "the body is not an event")
    public Response receive(@HeaderParam("Stripe-Signature") String signature,
                            @RequestBody(description = "The event, as Stripe sent it") String payload) {
        Event event;
        try {
            event = Webhook.constructEvent(payload == null ? "" : payload, signature == null ? "" : signature,
                    provider.webhookSecret(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException | RuntimeException e) {
            // A runtime exception here is a body that verified but is no JSON event (Gson's own exception types).
            throw new ProblemException(CompetitionProblem.WEBHOOK_SIGNATURE_INVALID, "The event was refused: "
                    + e.getMessage());
        }
        events.process(event);
        return Response.noContent().build();
    }
}
