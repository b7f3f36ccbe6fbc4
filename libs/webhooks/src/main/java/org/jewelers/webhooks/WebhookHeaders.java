package org.jewelers.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The three headers a signed delivery carries, named as the Standard Webhooks spec names them. */
public record WebhookHeaders(String id, long timestamp, String signature) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signature);
        return headers;
    }
}
