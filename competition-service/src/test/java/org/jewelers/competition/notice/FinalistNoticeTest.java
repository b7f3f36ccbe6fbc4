package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jewelers.competition.entry.AcceptedEntries;
import org.jewelers.competition.entry.Fixtures;
import org.jewelers.competition.judging.RoundFixtures;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.MailServer.ReceivedMail;
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each finalist's entrant hears once that their piece is a finalist: at the confirmation, or when added after it. */
@QuarkusTest
class FinalistNoticeTest {

    @Inject
    TestClock clock;

    @Inject
    MemberFirms firms;

    @Inject
    DataSource database;

    @Inject
    @All
    List<NoticePreview> previews;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theConfirmedFinalistsEntrantsAreToldOnceAndThoseAddedLaterWhenAdded() {
        Fixtures.Edition edition = Fixtures.openCase("12-01T18:00");
        List<AcceptedEntries.Seeded> e = AcceptedEntries.inCategory(clock, firms, edition, RoundFixtures.CATEGORY, 4);
        Instant opens = edition.duringWindow().plus(Duration.ofDays(60));
        // The finals close at 17:00 in New York on a day of daylight-saving time: 21:00 UTC.
        Instant closes = edition.inYear("09-15T17:00");
        String round = RoundFixtures.finals(edition, opens, closes);
        String path = "/api/v1/rounds/" + round;
        staff().body(Map.of("entryIds", List.of(e.get(0).entryId(), e.get(1).entryId()))).put(path + "/finalists")
                .then().statusCode(200);
        assertEquals(List.of(), keys(e.get(0)), "chosen is not confirmed");

        clock.fix(opens.minus(Duration.ofDays(5)));
        staff().post(path + "/finalists/confirmation").then().statusCode(200);
        staff().post(path + "/finalists/confirmation").then().statusCode(200);
        assertEquals(List.of(key(e.get(0), round)), keys(e.get(0)));
        assertEquals(List.of(key(e.get(1), round)), keys(e.get(1)));

        // A failed addition tells nobody; one after the confirmation tells only whom it adds.
        staff().body(Map.of("entryIds", List.of(e.get(2).entryId(), UUID.randomUUID().toString())))
                .post(path + "/finalists").then().statusCode(400);
        assertEquals(List.of(), keys(e.get(2)));
        staff().body(Map.of("entryIds", List.of(e.get(2).entryId(), e.get(0).entryId()))).post(path + "/finalists")
                .then().statusCode(200);
        assertEquals(List.of(key(e.get(2), round)), keys(e.get(2)));
        assertEquals(List.of(key(e.get(0), round)), keys(e.get(0)));
        assertEquals(List.of(), keys(e.get(3)));

        for (int i = 0; i < 3; i++) {
            ReceivedMail mail = Sent.received(email(e.get(i)), subject -> subject.contains("is a finalist"), 1).get(0);
            assertTrue(mail.text().contains("What happens next"), mail.text());
            assertTrue(mail.text().contains("September 15, " + edition.year() + " at 17:00 (America/New_York; "),
                    mail.text());
            assertTrue(mail.text().contains(edition.year() + "-09-15 21:00 UTC"), mail.text());
            assertTrue(mail.text().contains("December 1, " + edition.year() + " at 18:00"), mail.text());
            assertTrue(mail.html().contains("What happens next"), mail.html());
            Sent.previewed(previews, NoticeKind.FINALIST, e.get(i).entryId(), email(e.get(i)), mail);
        }
        assertEquals(List.of(), MailServer.get().to(email(e.get(3))).stream()
                .filter(mail -> mail.subject().contains("is a finalist")).toList());
        assertTrue(Sent.preview(previews, NoticeKind.FINALIST).preview(UUID.fromString(e.get(3).entryId())).isEmpty(),
                "not a finalist");
    }

    private List<String> keys(AcceptedEntries.Seeded entry) {
        return Sent.keys(database, NoticeKind.FINALIST, entry.entryId());
    }

    private static String key(AcceptedEntries.Seeded entry, String round) {
        return NoticeKind.FINALIST.code() + "/" + entry.entryId() + "/round-" + round + "/" + email(entry);
    }

    private static String email(AcceptedEntries.Seeded entry) {
        return entry.secrets().get(2).toLowerCase();
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON);
    }
}
