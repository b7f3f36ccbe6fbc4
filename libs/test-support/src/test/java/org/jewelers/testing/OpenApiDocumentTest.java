package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class OpenApiDocumentTest {

    @Test
    void operationIdsOfTheirOwnPass() {
        OpenApiDocument.assertOperationIds(Map.of(
                "/api/v1/members", Map.of("get", Map.of("operationId", "searchMembers"),
                        "post", Map.of("operationId", "createMember")),
                "/api/v1/members/{id}", Map.of("parameters", List.of(),
                        "get", Map.of("operationId", "getMember"))));
    }

    @Test
    void aMissingADuplicateAndAGeneratedLookingOperationIdAreEachNamed() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
                OpenApiDocument.assertOperationIds(Map.of(
                        "/api/v1/members", Map.of("get", Map.of("summary", "Find a member jeweler")),
                        "/api/v1/members/{id}", Map.of("get", Map.of("operationId", "getMember"),
                                "patch", Map.of("operationId", "getMember")),
                        "/api/v1/services", Map.of("get", Map.of("operationId", "api_v1_services_get")))));

        assertEquals(3, failure.getMessage().lines().count(), failure.getMessage());
        assertTrue(failure.getMessage().contains("GET /api/v1/members has no operationId"));
        assertTrue(failure.getMessage().contains("operationId getMember is also"));
        assertTrue(failure.getMessage().contains("api_v1_services_get is not a camelCase verb and noun"));
    }
}
