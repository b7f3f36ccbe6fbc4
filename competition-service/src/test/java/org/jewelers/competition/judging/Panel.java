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
