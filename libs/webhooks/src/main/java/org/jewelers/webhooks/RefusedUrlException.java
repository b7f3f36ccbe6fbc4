package org.jewelers.webhooks;

/** A subscription URL that deliveries must not be sent to, and why. */
public class RefusedUrlException extends Exception {

    public RefusedUrlException(String message) {
        super(message);
    }
}
