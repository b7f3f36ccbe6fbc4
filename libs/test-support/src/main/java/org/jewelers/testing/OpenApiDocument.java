package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a service's committed OpenAPI document in step with the code, so that an API change shows in review.
 * Run the build with {@code -Dopenapi.update=true} to rewrite the committed document after an intended change.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    public static void assertCommitted(String served, Path committed) {
        try {
            if (Boolean.getBoolean("openapi.update")) {
                Files.writeString(committed, served);
                return;
            }
            if (!Files.exists(committed)) {
                fail(committed + " is missing; run the build with -Dopenapi.update=true to write it");
            }
            if (!Files.readString(committed).equals(served)) {
                fail(committed + " is stale: the API changed. Review the change, then run the build with"
                        + " -Dopenapi.update=true to rewrite it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
