package org.jewelers.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class GatewayAnswersTest {

    @Test
    void everyOperationDeclaresTheGatewaysTooManyRequestsAndKeepsItsOwn() {
        APIResponse own = OASFactory.createAPIResponse().description("A daily limit is reached");
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/members", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", OASFactory.createAPIResponse().description("Found"))))
                        .POST(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("429", own)))));

        new GatewayAnswers().filterOpenAPI(document);

        APIResponse added = document.getPaths().getPathItem("/api/v1/members").getGET().getResponses()
                .getAPIResponse("429");
        assertEquals("#/components/schemas/Problem",
                added.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertTrue(added.getHeaders().get("Retry-After").getRequired(), "Retry-After is always sent");
        assertEquals(4, added.getHeaders().size(), "Retry-After and the three RateLimit headers");
        assertSame(own, document.getPaths().getPathItem("/api/v1/members").getPOST().getResponses()
                .getAPIResponse("429"), "an operation's own 429 is kept");
    }
}
