package org.jewelers.directory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.Tokens;

/** Builds member firms through the staff API, as the directory's own users would. */
final class Firms {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> locations = new ArrayList<>();

    private Firms(String name) {
        body.put("number", "T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase());
        body.put("name", name);
        body.put("kind", "retailer");
        body.put("locations", locations);
    }

    static Firms named(String name) {
        return new Firms(name);
    }

    Firms with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    Firms at(String address, String city, String state, String zip) {
        return at(address, city, state, zip, List.of());
    }

    Firms at(String address, String city, String state, String zip, List<Map<String, Object>> hours) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("address", address);
        location.put("city", city);
        location.put("state", state);
        location.put("zip", zip);
        location.put("hours", hours);
        locations.add(location);
        return this;
    }

    Firms atPoint(String city, String state, String zip, double latitude, double longitude) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("address", "1 Test Way");
        location.put("city", city);
        location.put("state", state);
        location.put("zip", zip);
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        locations.add(location);
        return this;
    }

    static Map<String, Object> hours(int day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }

    /** Creates the firm; answers its id. */
    String create() {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }
}
