package org.jewelers.web.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the gateway answers to any operation before, or instead of, the service: 429 to a caller past its rate limit
 * (per client address, partner key or token subject, or too many of one subject's requests at once), 503 when the
 * service is at its limit of requests at once or cannot be reached, 504 when it did not answer in time. A client
 * generated from a service's document can then type the answers every front end must handle.
 */
final class GatewayAnswers {

    static final String TOO_MANY_REQUESTS = "429";
    static final String UNAVAILABLE = "503";
    static final String TIMEOUT = "504";

    private static final Map<String, String> RATE_HEADERS = Map.of(
            "Retry-After", "Seconds to wait before the next request",
            "RateLimit-Limit", "Requests allowed in the current window (absent when too many requests were at once)",
            "RateLimit-Remaining", "Requests left in the current window (absent when too many requests were at once)",
            "RateLimit-Reset", "Seconds until the current window ends (absent when too many requests were at once)");

    private GatewayAnswers() {
    }

    /** Declares the gateway's answers that {@code operation} does not declare itself. */
    static void declare(Operation operation, SharedResponses shared) {
        shared.declare(operation, TOO_MANY_REQUESTS, "TooManyRequests", GatewayAnswers::tooManyRequests);
        shared.declare(operation, UNAVAILABLE, "Unavailable", GatewayAnswers::unavailable);
        shared.declare(operation, TIMEOUT, "UpstreamTimeout", GatewayAnswers::timeout);
    }

    private static APIResponse tooManyRequests() {
        APIResponse response = SharedResponses.problem("Too many requests (type rate-limited), answered by the "
                + "gateway: the caller's limit per minute (per client address, partner key or token subject) is "
                + "spent, or the subject has too many requests at once. Nothing was done; retry after Retry-After "
                + "seconds.");
        RATE_HEADERS.keySet().stream().sorted().forEach(name ->
                response.addHeader(name, SharedResponses.count(RATE_HEADERS.get(name), "Retry-After".equals(name))));
        return response;
    }

    private static APIResponse unavailable() {
        return SharedResponses.problem("Answered by the gateway: the service has as many requests at once as it "
                        + "takes (type overloaded), or it is failing, starting or cannot be reached (type unavailable). "
                        + "Nothing was done; retry after Retry-After seconds.")
                .addHeader("Retry-After", SharedResponses.count("Seconds to wait before trying again", true));
    }

    private static APIResponse timeout() {
        return SharedResponses.problem("The service did not answer in time (type upstream-timeout), answered by the "
                + "gateway. The request may have taken effect: read the resource before repeating a change.");
    }
}
