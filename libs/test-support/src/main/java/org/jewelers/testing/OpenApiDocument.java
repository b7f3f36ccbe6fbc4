package org.jewelers.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a service's committed OpenAPI document in step with the code, so that an API change shows in review.
 * Run the build with {@code -Dopenapi.update=true} to rewrite the committed document after an intended change.
 * Checks too that every operation has an operationId of its own, which generated clients name their methods after.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** An operationId as the README's conventions write it: a verb and a noun in camelCase. */
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /**
     * Fails naming every operation of {@code paths} (the document's {@code paths} object as maps) that has no
     * operationId, one that is not camelCase verb and noun, or one that another operation has too.
     */
    @SuppressWarnings("unchecked")
    public static void assertOperationIds(Map<String, Object> paths) {
        List<String> wrong = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Object id = ((Map<String, Object>) operation).get("operationId");
            if (!(id instanceof String operationId)) {
                wrong.add(name + " has no operationId");
                return;
            }
            if (!OPERATION_ID.matcher(operationId).matches()) {
                wrong.add(name + ": operationId " + operationId + " is not a camelCase verb and noun");
            }
            String other = seen.putIfAbsent(operationId, name);
            if (other != null) {
                wrong.add(name + ": operationId " + operationId + " is also " + other + "'s");
            }
        }));
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
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

    /**
     * Fails unless the API changelog for front ends ({@code changelog}, docs/api-changes.md) records the committed
     * document's SHA-256 as {@code document}: a document that changed has a new hash, which only a new entry
     * written for client authors records. Needs no git history, so shallow clones check it too.
     */
    public static void assertInChangelog(Path committed, String document, Path changelog) {
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(committed)));
            String recorded = "| " + document + " | " + sha256 + " |";
            if (!Files.exists(changelog) || !Files.readString(changelog).contains(recorded)) {
                fail(document + " changed and " + changelog + " has no entry for it: add one that tells client "
                        + "authors what changed, ending with the line\n" + recorded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
