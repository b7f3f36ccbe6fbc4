package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;

/** Entries submitted during the window and screened eligible, each from a firm and entrant of its own. */
public final class AcceptedEntries {

    private AcceptedEntries() {
    }

    /**
     * An accepted entry and what identifies its entrant: {@code secrets} are the token subject, the designer's name,
     * the entrant's email, the firm's id, number and name, and the photo's original file name, in that order.
     */
    public record Seeded(String entryId, UUID firm, String token, String designerName, List<String> secrets) {

        /** The entrant's token subject. */
        public String subject() {
            return secrets.get(0);
        }
    }

    /** {@code count} accepted entries of the standard piece in one category, submitted a second apart. */
    public static List<Seeded> inCategory(TestClock clock, MemberFirms firms, Fixtures.Edition edition, String category,
                                          int count) {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeded.add(accept(clock, firms, edition, Fixtures.piece(edition, category, 150_000), i));
        }
        return seeded;
    }

    /**
     * The entry {@code body} describes, with a PNG photo and then {@code files} (photos too), submitted at the
     * window's {@code second}-th second and screened eligible. The designer's name does not contain the subject.
     */
    public static Seeded accept(TestClock clock, MemberFirms firms, Fixtures.Edition edition, Map<String, Object> body,
                                int second, byte[]... files) {
        return accept(clock, firms, edition, "retailer", body, edition.duringWindow().plusSeconds(second), files);
    }

    /** One accepted entry of a new firm of {@code kind} in {@code category}, submitted at {@code at}. */
    public static Seeded one(TestClock clock, MemberFirms firms, Fixtures.Edition edition, String kind, String category,
                             long retailValueCents, Instant at) {
        return accept(clock, firms, edition, kind, Fixtures.piece(edition, category, retailValueCents), at);
    }

    private static Seeded accept(TestClock clock, MemberFirms firms, Fixtures.Edition edition, String kind,
                                 Map<String, Object> body, Instant at, byte[]... files) {
        UUID firm = Fixtures.firm(firms, "active", kind);
        String subject = "entrant-seed-" + UUID.randomUUID();
        String designer = "Designer " + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.entrant(subject, firm.toString(), designer);
        clock.fix(at);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/entries")
                .then().statusCode(201).extract().path("id");
        String fileName = "seed-original-" + UUID.randomUUID() + ".png";
        Fixtures.upload(token, id, TestImages.png(40, 30), fileName, "image/png", "photo").then().statusCode(201);
        for (byte[] file : files) {
            Fixtures.upload(token, id, file, "more-" + fileName, "application/octet-stream", "photo").then()
                    .statusCode(201);
        }
        Fixtures.submit(token, id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);
        String number = "JA-" + firm.toString().substring(0, 6).toUpperCase();
        String firmName = "Entrant Jewelers " + firm.toString().substring(0, 4);
        return new Seeded(id, firm, token, designer, List.of(subject, designer, subject + "@test.jewelers.example",
                firm.toString(), number, firmName, fileName));
    }
}
