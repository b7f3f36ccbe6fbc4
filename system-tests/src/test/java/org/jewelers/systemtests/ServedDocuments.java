package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of every app as the gateway serves it: each service's under {@code /openapi/<service>}
 * (what the API catalogue shows) and the gateway's own. Fetched once per test JVM.
 */
public final class ServedDocuments {

    /** Every app with a document, by the name the gateway serves it under; the gateway's own first. */
    public static final List<String> APPS = List.of("gateway", "careers", "directory", "competition");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> FETCHED = new ConcurrentHashMap<>();

    private ServedDocuments() {
    }

    public static JsonNode of(String app) {
        return FETCHED.computeIfAbsent(app, ServedDocuments::fetch);
    }

    /** Each operation of the app's document as "METHOD path", the path as the document writes it. */
    public static List<String> operations(String app) {
        List<String> operations = new ArrayList<>();
        of(app).path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        if (operations.isEmpty()) {
            throw new IllegalStateException(app + "'s document lists no operations");
        }
        return operations;
    }

    private static JsonNode fetch(String app) {
        String location = app.equals("gateway") ? "/q/openapi?format=json" : "/openapi/" + app;
        String body = given().spec(RunningSystem.gateway()).accept(ContentType.JSON).get(location)
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(location + " is not JSON", e);
        }
    }
}
