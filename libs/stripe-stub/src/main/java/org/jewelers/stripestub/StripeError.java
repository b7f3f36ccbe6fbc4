package org.jewelers.stripestub;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal answered in Stripe's error shape, which stripe-java turns into the matching {@code StripeException}. */
final class StripeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    private final String type;
    private final String code;
    private final String param;

    StripeError(int status, String type, String code, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    static StripeError invalid(String param, String message) {
        return new StripeError(400, "invalid_request_error", null, param, message);
    }

    static StripeError invalid(String param, String code, String message) {
        return new StripeError(400, "invalid_request_error", code, param, message);
    }

    static StripeError missing(String param) {
        return new StripeError(400, "invalid_request_error", "parameter_missing", param,
                "Missing required param: " + param + ".");
    }

    static StripeError noSuch(String object, String id) {
        return new StripeError(404, "invalid_request_error", "resource_missing", "id",
                "No such " + object + ": '" + id + "'");
    }

    /** An id given as a parameter rather than in the path: Stripe names the parameter and answers 400. */
    static StripeError noSuch(String object, String id, String param) {
        return new StripeError(400, "invalid_request_error", "resource_missing", param,
                "No such " + object + ": '" + id + "'");
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        if (param != null) {
            error.put("param", param);
        }
        error.put("message", getMessage());
        return Map.of("error", error);
    }
}
