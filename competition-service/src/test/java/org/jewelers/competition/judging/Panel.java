package org.jewelers.competition.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.image.TestImages;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;

/** Judges on an edition's roster, and their assignment to a round's categories or lists, for the judging tests. */
public final class Panel {

    private Panel() {
    }

/** An accepted entry and everything that would identify its entrant, to look for in judges' answers. */
    public record Seeded(String entryId, UUID firm, List<String> secrets) {
    }

    /** Accepted entries in one category, each from a firm and entrant of its own, submitted a second apart. */
    public static List<Seeded> acceptedEntries(TestClock clock, MemberFirms firms, Fixtures.Edition edition,
                                               String category, int count) {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID firm = Fixtures.firm(firms, "active");
            String subject = "entrant-seed-" + UUID.randomUUID();
            String token = Tokens.entrant(subject, firm.toString());
            clock.fix(edition.duringWindow().plusSeconds(i));
            String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.piece(edition, category, 150_000)).post("/api/v1/entries")
                    .then().statusCode(201).extract().path("id");
            String fileName = "seed-original-" + UUID.randomUUID() + ".png";
            Fixtures.upload(token, id, TestImages.png(40, 30), fileName, "image/png", "photo").then().statusCode(201);
            Fixtures.submit(token, id).then().statusCode(200);
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                    .post("/api/v1/review/entries/" + id + "/screening").then().statusCode(200);
            String number = "JA-" + firm.toString().substring(0, 6).toUpperCase();
            String firmName = "Entrant Jewelers " + firm.toString().substring(0, 4);
            seeded.add(new Seeded(id, firm, List.of(subject, "Test " + subject, subject + "@test.jewelers.example",
                    firm.toString(), number, firmName, fileName)));
        }
        return seeded;
    }

    /** Puts the judge on the roster of the edition, working at {@code firm} when not null. */
    public static Response enrol(String edition, String judge, UUID firm) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Judge " + judge);
        body.put("email", judge + "@judges.example");
        if (firm != null) {
            body.put("memberId", firm.toString());
        }
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/editions/" + edition + "/judges/" + judge);
    }

    /** Assigns as staff, once the judges the body names are on the roster of the round's edition. */
    public static Response assign(String round, Map<String, Object> body) {
        String edition = given().auth().oauth2(Tokens.staff()).get("/api/v1/rounds/" + round).then().statusCode(200)
                .extract().path("editionId");
        Object judges = body.containsKey("judge") ? List.of(body.get("judge")) : body.get("judges");
        for (Object judge : (Collection<?>) judges) {
            // Enrolling again only rewrites the same name and email.
            enrol(edition, (String) judge, null).then().statusCode(anyOf(is(200), is(201)));
        }
        return assignUnenrolled(round, body);
    }

    /** Assigns as staff, as the body says, without enrolling anyone. */
    public static Response assignUnenrolled(String round, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rounds/" + round + "/assignments");
    }
}
