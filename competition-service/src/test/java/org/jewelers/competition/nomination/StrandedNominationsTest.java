package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A 20 Under 40 list that submitted nominations are on stays in its edition until they leave it. */
@QuarkusTest
class StrandedNominationsTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void removingAListWithASubmittedNominationIsRefusedNamingIt() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator self = Nominees.nominator(Nominees.firm(firms));
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(self, Nominees.complete(edition, "self"));
        Nominees.submit(self.token(), id).then().statusCode(200).body("list", equalTo("retail"));

        Map<String, Object> change = Map.of("categories", List.of(Map.of("code", "suppliers", "name", "Suppliers")));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(change)
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(409)
                .body("type", equalTo("https://jewelers.example/problems/edition-change-strands-submissions"))
                .body("detail", equalTo("1 submitted nomination would lose its list"))
                .body("nominationIds", equalTo(List.of(id)));

        Map<String, Object> renamed = Map.of("categories", List.of(Map.of("code", "retail", "name", "Retail jewelers"),
                Map.of("code", "suppliers", "name", "Suppliers")));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(renamed)
                .patch("/api/v1/editions/" + edition.id()).then().statusCode(200)
                .body("categories.name", equalTo(List.of("Retail jewelers", "Suppliers")));
    }
}
