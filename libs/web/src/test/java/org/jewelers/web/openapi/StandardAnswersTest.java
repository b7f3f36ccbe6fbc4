package org.jewelers.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class StandardAnswersTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private final APIResponse ownConflict = OASFactory.createAPIResponse().description("The firm left");
    private final Operation publicSearch = operation("200", found())
            .addParameter(OASFactory.createParameter().name("q").in(Parameter.In.QUERY));
    private final Operation staffUpdate = operation("200", found())
            .requestBody(OASFactory.createRequestBody())
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("staff")));
    private final Operation memberDelete = operation("204", OASFactory.createAPIResponse().description("Gone"))
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of()));
    private final OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
            .addPathItem("/api/v1/members", OASFactory.createPathItem().GET(publicSearch))
            .addPathItem("/api/v1/members/{id}", OASFactory.createPathItem()
                    .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                    .PATCH(staffUpdate)
                    .DELETE(memberDelete)));

    @Test
    void everyOperationDeclaresTheGatewaysAnswers() {
        new StandardAnswers().filterOpenAPI(document);

        for (Operation operation : List.of(publicSearch, staffUpdate, memberDelete)) {
            assertEquals("#/components/responses/TooManyRequests", answer(operation, "429").getRef());
            assertEquals("#/components/responses/Unavailable", answer(operation, "503").getRef());
            assertEquals("#/components/responses/UpstreamTimeout", answer(operation, "504").getRef());
        }
        APIResponse tooMany = document.getComponents().getResponses().get("TooManyRequests");
        assertEquals(PROBLEM, tooMany.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertTrue(tooMany.getHeaders().get("Retry-After").getRequired(), "Retry-After is always sent");
        assertEquals(List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After",
                StandardAnswers.REQUEST_ID), List.copyOf(tooMany.getHeaders().keySet()));
        assertTrue(document.getComponents().getResponses().get("Unavailable").getHeaders().get("Retry-After")
                .getRequired());
    }

    @Test
    void theServicesAnswersFollowWhatTheOperationHas() {
        memberDelete.getResponses().addAPIResponse("409", ownConflict);

        new StandardAnswers().filterOpenAPI(document);

        assertEquals(List.of("200", "400", "401", "403", "406", "429", "500", "503", "504"), statuses(publicSearch));
        assertEquals(List.of("200", "400", "401", "403", "404", "406", "413", "415", "429", "500", "503", "504"),
                statuses(staffUpdate));
        assertEquals(List.of("204", "400", "401", "403", "404", "409", "429", "500", "503", "504"),
                statuses(memberDelete));
        assertSame(ownConflict, answer(memberDelete, "409"), "an operation's own answer is kept");
        assertEquals(PROBLEM, ownConflict.getContent().getMediaType("application/problem+json").getSchema().getRef(),
                "an error declared by its description alone is a problem");
        assertEquals("The token lacks the staff role", answer(staffUpdate, "403").getDescription());
        assertEquals("The token does not grant this action", answer(memberDelete, "403").getDescription());
        assertEquals(PROBLEM, answer(staffUpdate, "403").getContent().getMediaType("application/problem+json")
                .getSchema().getRef());
        assertEquals("#/components/responses/NotFound", answer(memberDelete, "404").getRef());
    }

    @Test
    void quarkusBareAnswersGiveWayToProblems() {
        staffUpdate.getResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));

        new StandardAnswers().filterOpenAPI(document);

        assertEquals("#/components/responses/Unauthorized", answer(staffUpdate, "401").getRef());
        assertEquals("The token lacks the staff role", answer(staffUpdate, "403").getDescription());
    }

    @Test
    void everyAnswerCarriesTheRequestId() {
        new StandardAnswers().filterOpenAPI(document);

        assertEquals("#/components/headers/X-Request-Id",
                answer(publicSearch, "200").getHeaders().get(StandardAnswers.REQUEST_ID).getRef());
        assertEquals("#/components/headers/X-Request-Id",
                answer(staffUpdate, "403").getHeaders().get(StandardAnswers.REQUEST_ID).getRef());
        document.getComponents().getResponses().values().forEach(shared ->
                assertTrue(shared.getHeaders().containsKey(StandardAnswers.REQUEST_ID)));
        assertNull(answer(publicSearch, "500").getHeaders(), "a reference carries the shared response's headers");
    }

    @Test
    void aSecuredOperationTakesTheBearerSchemeWithoutScopesAndNamesItsRolesInAnExtensionAndItsDescription() {
        staffUpdate.description("Staff change a member.");

        new StandardAnswers().filterOpenAPI(document);

        assertEquals(Map.of("bearer", List.of()), staffUpdate.getSecurity().get(0).getSchemes());
        assertEquals(List.of("staff"), staffUpdate.getExtensions().get(CallerSchemes.ROLES));
        assertEquals("Staff change a member.\n\n**Roles** (any one): `staff`.", staffUpdate.getDescription());
        assertEquals(Map.of("bearer", List.of()), memberDelete.getSecurity().get(0).getSchemes());
        assertNull(memberDelete.getExtensions(), "any valid token: no roles to name");
        assertNull(memberDelete.getDescription());
    }

    @Test
    void aPublicReadTakesAPartnersApiKeyInTheHeaderOrTheQueryOrNone() {
        new StandardAnswers().filterOpenAPI(document);

        assertEquals(List.of(Map.of(), Map.of(CallerSchemes.API_KEY, List.of()),
                        Map.of(CallerSchemes.API_KEY_IN_QUERY, List.of())),
                publicSearch.getSecurity().stream().map(requirement -> requirement.getSchemes()).toList());
        SecurityScheme header = document.getComponents().getSecuritySchemes().get(CallerSchemes.API_KEY);
        assertEquals(SecurityScheme.In.HEADER, header.getIn());
        assertEquals("X-Api-Key", header.getName());
        SecurityScheme query = document.getComponents().getSecuritySchemes().get(CallerSchemes.API_KEY_IN_QUERY);
        assertEquals(SecurityScheme.In.QUERY, query.getIn());
        assertEquals("key", query.getName());
        assertEquals("#/components/responses/UnknownApiKey", answer(publicSearch, "401").getRef());
        assertEquals("#/components/responses/OriginNotAllowed", answer(publicSearch, "403").getRef());
        assertEquals("#/components/responses/Unauthorized", answer(staffUpdate, "401").getRef(),
                "a token holder's 401 is the service's");
    }

    @Test
    void filteringTwiceChangesNothingMore() {
        staffUpdate.description("Staff change a member.");
        new StandardAnswers().filterOpenAPI(document);

        new StandardAnswers().filterOpenAPI(document);

        assertEquals("Staff change a member.\n\n**Roles** (any one): `staff`.", staffUpdate.getDescription());
        assertEquals(3, publicSearch.getSecurity().size());
        assertEquals("#/components/responses/UnknownApiKey", answer(publicSearch, "401").getRef());
    }

    @Test
    void theGatewaysOverloadAndRateLimitAnswersShowTheirProblemTypes() {
        new StandardAnswers().filterOpenAPI(document);

        assertEquals(Set.of("overloaded", "unavailable"), examples("Unavailable").keySet());
        assertEquals("https://jewelers.example/problems/overloaded",
                ((Map<?, ?>) examples("Unavailable").get("overloaded").getValue()).get("type"));
        assertEquals(Set.of("rate-limited"), examples("TooManyRequests").keySet());
    }

    @Test
    void anOperationsOwnTooManyRequestsSaysTheGatewayMayAnswerItTooWithItsHeadersAndProblemType() {
        APIResponse dailyLimit = OASFactory.createAPIResponse().description("A daily limit is reached")
                .addHeader("Retry-After", OASFactory.createHeader().required(true));
        staffUpdate.getResponses().addAPIResponse("429", dailyLimit);

        new StandardAnswers().filterOpenAPI(document);

        assertSame(dailyLimit, answer(staffUpdate, "429"));
        assertTrue(dailyLimit.getDescription().startsWith("A daily limit is reached\n\nThe gateway may answer this "
                + "status too. Too many requests (type rate-limited)"), dailyLimit.getDescription());
        assertEquals(List.of("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                StandardAnswers.REQUEST_ID), List.copyOf(dailyLimit.getHeaders().keySet()));
        assertTrue(dailyLimit.getHeaders().get("Retry-After").getRequired(), "its own header stays as it is");
        assertEquals(Set.of("rate-limited"), dailyLimit.getContent().getMediaType("application/problem+json")
                .getExamples().keySet());
    }

    @Test
    void parameterDefaultsAndExamplesHaveTheirSchemasTypes() {
        Parameter size = OASFactory.createParameter().name("size").in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).defaultValue("20"));
        Parameter service = OASFactory.createParameter().name("service").in(Parameter.In.QUERY).example("repair")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        publicSearch.addParameter(size).addParameter(service);

        new StandardAnswers().filterOpenAPI(document);

        assertEquals(new BigDecimal("20"), size.getSchema().getDefaultValue());
        assertEquals(List.of("repair"), service.getExample());
    }

    private Map<String, Example> examples(String sharedResponse) {
        return document.getComponents().getResponses().get(sharedResponse).getContent()
                .getMediaType("application/problem+json").getExamples();
    }

    private static Operation operation(String status, APIResponse success) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse(status, success));
    }

    private static APIResponse found() {
        return OASFactory.createAPIResponse().description("Found").content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType()));
    }

    private static APIResponse answer(Operation operation, String status) {
        return operation.getResponses().getAPIResponse(status);
    }

    private static List<String> statuses(Operation operation) {
        return List.copyOf(operation.getResponses().getAPIResponses().keySet());
    }
}
