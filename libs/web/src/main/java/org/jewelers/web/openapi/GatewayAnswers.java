package org.jewelers.web.openapi;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares on every operation the 429 that the gateway answers, before any service sees the request, to a caller
 * past its rate limit (per client address, partner key or token subject, or too many of one subject's requests at
 * once). A client generated from a service's document can then type the answer every front end must handle. The
 * gateway adds it whatever the operation, so it is declared here once rather than on each resource.
 */
public class GatewayAnswers implements OASFilter {

    static final String TOO_MANY_REQUESTS = "429";

    private static final Map<String, String> RATE_HEADERS = Map.of(
            "Retry-After", "Seconds to wait before the next request",
            "RateLimit-Limit", "Requests allowed in the current window (absent when too many requests were at once)",
            "RateLimit-Remaining", "Requests left in the current window (absent when too many requests were at once)",
            "RateLimit-Reset", "Seconds until the current window ends (absent when too many requests were at once)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(TOO_MANY_REQUESTS)) {
                    operation.getResponses().addAPIResponse(TOO_MANY_REQUESTS, tooManyRequests());
                }
            }
        }
    }

    private static APIResponse tooManyRequests() {
        APIResponse response = OASFactory.createAPIResponse()
                .description("Too many requests (type rate-limited), answered by the gateway: the caller's limit per "
                        + "minute (per client address, partner key or token subject) is spent, or the subject has "
                        + "too many requests at once. Nothing was done; retry after Retry-After seconds.")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        RATE_HEADERS.keySet().stream().sorted().forEach(name -> response.addHeader(name, header(name)));
        return response;
    }

    private static Header header(String name) {
        return OASFactory.createHeader()
                .description(RATE_HEADERS.get(name))
                .required("Retry-After".equals(name))
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO));
    }
}
