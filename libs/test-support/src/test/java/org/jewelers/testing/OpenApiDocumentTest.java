package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void aDocumentWhoseHashTheChangelogRecordsPassesAndAChangedOneFailsNamingItsNewHash(@TempDir Path folder)
            throws IOException {
        Path document = Files.writeString(folder.resolve("openapi.yaml"), "openapi: 3.1.0\n");
        Path changelog = Files.writeString(folder.resolve("api-changes.md"), """
                ## 2026-12-03
                - First document.

                | careers-service/openapi.yaml | 9b3d5e2d2b7e3b3f0f0f6b0e8e4b6a0b4a9f6c4b8e8b1b6f5f1e7c1d9a7d1c0e |
                """);
        String sha256 = HexFormat.of().formatHex(sha256(Files.readAllBytes(document)));
        AssertionFailedError unrecorded = assertThrows(AssertionFailedError.class,
                () -> OpenApiDocument.assertInChangelog(document, "careers-service/openapi.yaml", changelog));
        assertTrue(unrecorded.getMessage().contains("| careers-service/openapi.yaml | " + sha256 + " |"),
                unrecorded.getMessage());

        Files.writeString(changelog, "\n## 2026-12-04\n- Second.\n\n| careers-service/openapi.yaml | " + sha256
                + " |\n", StandardOpenOption.APPEND);
        OpenApiDocument.assertInChangelog(document, "careers-service/openapi.yaml", changelog);
        // The same bytes recorded for another document do not count for this one.
        assertThrows(AssertionFailedError.class,
                () -> OpenApiDocument.assertInChangelog(document, "gateway/openapi.yaml", changelog));
        assertThrows(AssertionFailedError.class, () -> OpenApiDocument.assertInChangelog(document,
                "careers-service/openapi.yaml", folder.resolve("missing.md")));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
