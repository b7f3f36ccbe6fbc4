package org.jewelers.web.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the gateway answers to any operation before, or instead of, the service: 429 to a caller past its rate limit
 * (per client address, partner key or token subject, or too many of one subject's requests at once), 503 when the
 * service is at its limit of requests at once or cannot be reached, 504 when it did not answer in time; and to an
 * operation that takes a partner's API key, 401 for a key it does not know and 403 for a key used from elsewhere. A
 * client generated from a service's document can then type the answers every front end must handle.
 */
final class GatewayAnswers {

    static final String TOO_MANY_REQUESTS = "429";
    static final String UNAVAILABLE = "503";
    static final String TIMEOUT = "504";
    private static final String ALSO_FROM_THE_GATEWAY = "The gateway may answer this status too. ";

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
        alsoFromTheGateway(operation, TOO_MANY_REQUESTS, tooManyRequests());
        alsoFromTheGateway(operation, UNAVAILABLE, unavailable());
        alsoFromTheGateway(operation, TIMEOUT, timeout());
        if (CallerSchemes.takesApiKey(operation)) {
            shared.declare(operation, "401", "UnknownApiKey", () -> SharedResponses.problem("The API key is unknown "
                    + "or revoked (type unknown-api-key), answered by the gateway. Nothing was done."));
            shared.declare(operation, "403", "OriginNotAllowed", () -> SharedResponses.problem("The API key may not "
                    + "be used from here (type origin-not-allowed), answered by the gateway: a browser key from a "
                    + "page outside its origins or without Origin or Referer, or a server key from a page."));
        }
    }

    /**
     * An operation that gives a status of its own (a daily quota's 429, a busy provider's 503) may still get the
     * gateway's answer of that status: its own answer says so and declares the gateway's headers, which it does not
     * always send, and the gateway's problem types as examples.
     */
    private static void alsoFromTheGateway(Operation operation, String status, APIResponse gateway) {
        APIResponse own = operation.getResponses().getAPIResponse(status);
        if (own == null || own.getRef() != null || own.getDescription() == null
                || own.getDescription().contains(ALSO_FROM_THE_GATEWAY)) {
            return;
        }
        own.setDescription(own.getDescription().strip() + "\n\n" + ALSO_FROM_THE_GATEWAY + gateway.getDescription());
        gateway.getHeaders().forEach((name, header) -> {
            if (own.getHeaders() == null || !own.getHeaders().containsKey(name)) {
                own.addHeader(name, header.required(false));
            }
        });
        MediaType problem = own.getContent() == null ? null
                : own.getContent().getMediaType(SharedResponses.PROBLEM_JSON);
        if (problem != null) {
            gateway.getContent().getMediaType(SharedResponses.PROBLEM_JSON).getExamples().forEach((name, example) -> {
                if (problem.getExamples() == null || !problem.getExamples().containsKey(name)) {
                    problem.addExample(name, example);
                }
            });
        }
    }

    private static APIResponse tooManyRequests() {
        APIResponse response = SharedResponses.problem("Too many requests (type rate-limited), answered by the "
                + "gateway: the caller's limit per minute (per client address, partner key or token subject) is "
                + "spent, or the subject has too many requests at once. Nothing was done; retry after Retry-After "
                + "seconds.");
        RATE_HEADERS.keySet().stream().sorted().forEach(name ->
                response.addHeader(name, SharedResponses.count(RATE_HEADERS.get(name), "Retry-After".equals(name))));
        return SharedResponses.example(response, "rate-limited", 429, "Too many requests",
                "The limit of 60 requests a minute is spent; retry in 17 seconds");
    }

    private static APIResponse unavailable() {
        APIResponse response = SharedResponses.problem("Answered by the gateway: the service has as many requests "
                        + "at once as it takes (type overloaded), or it is failing, starting or cannot be reached (type "
                        + "unavailable). Nothing was done; retry after Retry-After seconds.")
                .addHeader("Retry-After", SharedResponses.count("Seconds to wait before trying again", true));
        SharedResponses.example(response, "overloaded", 503, "Service overloaded",
                "The service has as many requests as it takes; retry in a second");
        return SharedResponses.example(response, "unavailable", 503, "Service unavailable",
                "The service cannot be reached right now");
    }

    private static APIResponse timeout() {
        return SharedResponses.example(SharedResponses.problem("The service did not answer in time (type "
                        + "upstream-timeout), answered by the gateway. The request may have taken effect: read the "
                        + "resource before repeating a change."),
                "upstream-timeout", 504, "Upstream timed out", "The service did not answer in time");
    }
}
