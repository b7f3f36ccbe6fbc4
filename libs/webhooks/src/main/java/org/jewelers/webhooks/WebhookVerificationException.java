package org.jewelers.webhooks;

/** A delivery that does not prove it came from the holder of the secret, or came too late or too early. */
public class WebhookVerificationException extends Exception {

    public WebhookVerificationException(String message) {
        super(message);
    }
}
