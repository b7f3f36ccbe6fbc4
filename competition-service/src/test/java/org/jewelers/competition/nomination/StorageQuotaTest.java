package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The files an entrant stores in one edition (entry images, nominee photos) are bounded, 200 MiB by default; here
 * 100 KiB, so that a few small files reach it.
 */
@QuarkusTest
@TestProfile(StorageQuotaTest.SmallStorage.class)
class StorageQuotaTest {

    private static final long LIMIT = 100 * 1024;
    private static final String QUOTA_EXCEEDED = "https://jewelers.example/problems/quota-exceeded";

    public static class SmallStorage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("competition.quotas.stored-per-edition", "100K");
        }
    }

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void entryImagesStopAtTheEditionsStorageQuotaAcrossDrafts() {
        Fixtures.Edition edition = Fixtures.openCase();
        String entrant = Fixtures.entrant(null);
        clock.fix(edition.duringWindow());
        String first = draft(entrant, edition);
        String second = draft(entrant, edition);
        long stored = 0;
        String kept = null;
        for (int i = 0; i < 3; i++) {
            JsonPath image = Fixtures.upload(entrant, first, noise(i), "piece.png", "image/png", "photo")
                    .then().statusCode(201).extract().jsonPath();
            stored += image.getLong("bytes");
            kept = image.getString("id");
        }
        byte[] next = noise(3);
        assertTrue(stored <= LIMIT && stored + next.length > LIMIT, "the fourth file crosses the quota: " + stored);
        String before = state(entrant, first);

        for (String draft : new String[] {first, second}) {
            Fixtures.upload(entrant, draft, next, "piece.png", "image/png", "photo").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo(QUOTA_EXCEEDED))
                    .body("quota.name", equalTo("stored-per-edition"))
                    .body("quota.limit", equalTo((int) LIMIT));
        }
        assertEquals(before, state(entrant, first));
        given().auth().oauth2(entrant).get("/api/v1/entries/" + second).then().body("images.size()", equalTo(0));

        // Another edition has room of its own; removing a file frees its bytes.
        Fixtures.Edition another = Fixtures.openCase();
        clock.fix(another.duringWindow());
        Fixtures.upload(entrant, draft(entrant, another), next, "piece.png", "image/png", "photo").then().statusCode(201);
        clock.fix(edition.duringWindow());
        given().auth().oauth2(entrant).delete("/api/v1/entries/" + first + "/images/" + kept).then().statusCode(204);
        Fixtures.upload(entrant, second, next, "piece.png", "image/png", "photo").then().statusCode(201);
    }

    @Test
    void nomineePhotosCountTooAndAReplacedPhotoFreesItsBytes() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator nominator = Nominees.nominator(UUID.randomUUID());
        clock.fix(edition.duringWindow());
        String[] nominations = new String[4];
        for (int i = 0; i < 4; i++) {
            nominations[i] = given().auth().oauth2(nominator.token()).contentType(ContentType.JSON)
                    .body(Map.of("editionId", edition.id(), "nominatedBy", "colleague", "nomineeName", "Colleague " + i,
                            "nomineeEmail", Nominees.uniqueEmail("c" + i)))
                    .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        }
        long stored = 0;
        for (int i = 0; i < 3; i++) {
            stored += Nominees.photo(nominator.token(), nominations[i], noise(i), "me.png").then().statusCode(200)
                    .extract().jsonPath().getLong("bytes");
        }
        byte[] next = noise(3);
        assertTrue(stored <= LIMIT && stored + next.length > LIMIT, "the fourth photo crosses the quota: " + stored);

        Nominees.photo(nominator.token(), nominations[3], next, "me.png").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(QUOTA_EXCEEDED))
                .body("quota.name", equalTo("stored-per-edition"));
        given().auth().oauth2(nominator.token()).get("/api/v1/nominations/" + nominations[3] + "/photo").then()
                .statusCode(404);
        // A replacement is counted without the photo it replaces.
        Nominees.photo(nominator.token(), nominations[0], next, "me.png").then().statusCode(200);
    }

    private static String draft(String entrant, Fixtures.Edition edition) {
        return given().auth().oauth2(entrant).contentType(ContentType.JSON)
                .body(Fixtures.piece(edition, "retailer-up-to-2000", 150_000)).post("/api/v1/entries")
                .then().statusCode(201).extract().path("id");
    }

    private static String state(String entrant, String entry) {
        JsonPath answer = given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().statusCode(200)
                .extract().jsonPath();
        return "images=" + answer.getList("images.id") + " version=" + answer.getLong("version");
    }

    /** A PNG of random pixels: it does not compress, so about 30 KB are stored. */
    private static byte[] noise(int seed) {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
