package org.jewelers.directory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Subscriptions: who may see and change them, their bounds, and the URLs refused at subscription and at send. */
@QuarkusTest
class WebhooksTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestResolver resolver;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://hooks.partner.example/plain-http",
            "https://127.0.0.1/hook",
            "https://localhost.partner.example/hook",
            "https://metadata.partner.example/hook",
            "https://10.0.0.8/hook",
            "https://192.168.1.1/hook",
            "https://172.16.0.1/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://[fe80::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://metadata.google.internal/computeMetadata/v1",
            "https://2130706433/hook",
            "https://user:pass@hooks.partner.example/hook",
            "ftp://hooks.partner.example/hook",
            "not a url"})
    void aForbiddenUrlIsRefusedAtSubscription(String url) {
        resolver.answer("localhost.partner.example", "127.0.0.1");
        resolver.answer("metadata.partner.example", "169.254.169.254");
        given().auth().oauth2(partner(UUID.randomUUID())).contentType(ContentType.JSON).body(Map.of("url", url))
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"));
    }

    @Test
    void aNameThatTurnsToAPrivateAddressAfterSubscriptionIsRefusedAtSend() {
        UUID partnerId = UUID.randomUUID();
        String webhook = subscribe(partnerId, "https://rebinding.partner.example/hook");
        resolver.answer("rebinding.partner.example", "127.0.0.1");
        Firms.named("Rebinding Jewelers").at("1 Rebind St", "Missoula", "MT", "59801").create();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(partner(partnerId))
                .get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("items[0].succeeded", equalTo(false))
                .body("items[0].status", nullValue())
                .body("items[0].error", startsWith("refused: ")));
        resolver.answer("rebinding.partner.example", "169.254.169.254");
        given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON).body(Map.of("after", "0"))
                .post("/api/v1/webhooks/" + webhook + "/replay").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(partner(partnerId))
                .get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                .body("items[0].error", startsWith("refused: rebinding.partner.example is not on the public internet")));
        given().auth().oauth2(partner(partnerId)).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    void partnerACannotReadOrChangePartnerBsWebhooks() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String ofB = subscribe(b, "https://b.partner.example/hook");
        String ofA = subscribe(a, "https://a.partner.example/hook");
        given().auth().oauth2(partner(a)).get("/api/v1/webhooks/" + ofB).then().statusCode(404);
        given().auth().oauth2(partner(a)).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/webhooks/" + ofB).then().statusCode(404);
        given().auth().oauth2(partner(a)).contentType(ContentType.JSON).body(Map.of("after", "0"))
                .post("/api/v1/webhooks/" + ofB + "/replay").then().statusCode(404);
        given().auth().oauth2(partner(a)).get("/api/v1/webhooks/" + ofB + "/deliveries").then().statusCode(404);
        given().auth().oauth2(partner(a)).delete("/api/v1/webhooks/" + ofB).then().statusCode(404);
        given().auth().oauth2(partner(a)).contentType(ContentType.JSON)
                .body(Map.of("url", "https://a.partner.example/for-b", "partnerId", b.toString()))
                .post("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(partner(a)).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", equalTo(List.of(ofA)));
        given().auth().oauth2(partner(b)).get("/api/v1/webhooks/" + ofB).then().statusCode(200)
                .body("enabled", equalTo(true)).body("secret", nullValue());
        given().auth().oauth2(Tokens.staff()).get("/api/v1/webhooks/" + ofB).then().statusCode(200)
                .body("partnerId", equalTo(b.toString()));
        given().auth().oauth2(Tokens.member("m-1", UUID.randomUUID().toString())).get("/api/v1/webhooks").then().statusCode(403);
        given().get("/api/v1/webhooks").then().statusCode(401);
        given().auth().oauth2(Tokens.staff()).delete("/api/v1/webhooks/" + ofB).then().statusCode(204);
        given().auth().oauth2(partner(a)).delete("/api/v1/webhooks/" + ofA).then().statusCode(204);
        given().auth().oauth2(partner(a)).get("/api/v1/webhooks/" + ofA).then().statusCode(404);
    }

    @Test
    void aPartnerHasAtMostTenWebhooks() {
        UUID partnerId = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(subscribe(partnerId, "https://cap.partner.example/hook/" + i));
        }
        given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON)
                .body(Map.of("url", "https://cap.partner.example/hook/11")).post("/api/v1/webhooks")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(partner(partnerId)).delete("/api/v1/webhooks/" + ids.remove(0)).then().statusCode(204);
        ids.add(subscribe(partnerId, "https://cap.partner.example/hook/11"));
        ids.forEach(id -> given().auth().oauth2(partner(partnerId)).delete("/api/v1/webhooks/" + id).then().statusCode(204));
    }

    @Test
    void aUrlHasAtMost2048Characters() {
        String base = "https://long.partner.example/";
        String longest = base + "a".repeat(2048 - base.length());
        UUID partnerId = UUID.randomUUID();
        given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON).body(Map.of("url", longest + "a"))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        String id = subscribe(partnerId, longest);
        given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON).body(Map.of("url", longest + "a"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(400);
        given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON).body(Map.of("url", "https://10.0.0.1/x"))
                .patch("/api/v1/webhooks/" + id).then().statusCode(400).body("errors.field", hasItem("url"));
        given().auth().oauth2(partner(partnerId)).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void staffSubscribeForANamedPartnerAndTheSecretIsShownOnce() {
        UUID partnerId = UUID.randomUUID();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("url", "https://staff.partner.example/h"))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("partnerId"));
        String id = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://staff.partner.example/h", "partnerId", partnerId.toString()))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("webhook.partnerId", equalTo(partnerId.toString()))
                .extract().path("webhook.id");
        given().auth().oauth2(partner(partnerId)).get("/api/v1/webhooks").then()
                .body("items.id", hasItem(id)).body("items[0]", not(org.hamcrest.Matchers.hasKey("secret")));
        given().auth().oauth2(Tokens.staff()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    static String partner(UUID partnerId) {
        return Tokens.partner("admin-" + partnerId, partnerId.toString());
    }

    static String subscribe(UUID partnerId, String url) {
        return given().auth().oauth2(partner(partnerId)).contentType(ContentType.JSON).body(Map.of("url", url))
                .post("/api/v1/webhooks").then().statusCode(201).body("webhook.failures", equalTo(0))
                .extract().path("webhook.id");
    }

    static int failures(UUID partnerId, String webhook) {
        return given().auth().oauth2(partner(partnerId)).get("/api/v1/webhooks/" + webhook).then().statusCode(200)
                .body("failures", greaterThan(-1)).extract().path("failures");
    }
}
