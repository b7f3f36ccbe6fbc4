package org.jewelers.competition.notice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jewelers.competition.nomination.Nominees;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.MailServer.ReceivedMail;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The nominator hears the nominee's answer to the consent request, once. */
@QuarkusTest
class NominatorToldTest {

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
    void theNominatorHearsOfTheDeclineOnce() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator nominator = Nominees.nominator(Nominees.firm(firms));
        String nominee = Nominees.uniqueEmail("declining");
        String id = nominate(edition, nominator, "Amara Lindqvist", nominee);
        String token = Nominees.consentToken(nominee);
        given().post("/api/v1/nominations/consent/" + token + "/decline").then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + token).then().statusCode(404);
        assertEquals(List.of(key(id, "declined", nominator)), Sent.keys(database, NoticeKind.NOMINATOR_TOLD, id));

        ReceivedMail mail = Sent.received(nominator.email(), subject -> subject.contains("Amara Lindqvist"), 1)
                .get(0);
        assertEquals("Amara Lindqvist declined your nomination for 20 Under 40, class of " + edition.year(),
                mail.subject());
        assertTrue(mail.text().contains("Dear " + nominator.name()), mail.text());
        assertTrue(mail.html().contains("<strong>declined</strong>"), mail.html());
        Sent.previewed(previews, NoticeKind.NOMINATOR_TOLD, id, nominator.email(), mail);
    }

    @Test
    void theNominatorHearsOfTheConsentOnceAndOfNothingElse() {
        Nominees.Edition edition = Nominees.open();
        Nominees.Nominator nominator = Nominees.nominator(Nominees.firm(firms));
        String nominee = Nominees.uniqueEmail("consenting");
        String id = nominate(edition, nominator, "Theo Marchetti", nominee);
        String token = Nominees.consentToken(nominee);
        given().post("/api/v1/nominations/consent/" + token).then().statusCode(200);
        given().post("/api/v1/nominations/consent/" + token).then().statusCode(404);
        given().post("/api/v1/nominations/consent/" + token + "/decline").then().statusCode(404);
        assertEquals(List.of(key(id, "consented", nominator)), Sent.keys(database, NoticeKind.NOMINATOR_TOLD, id));

        // The notice is the nominator's one message of the consent: it says the nomination is now submitted.
        ReceivedMail mail = Sent.received(nominator.email(), subject -> true, 1).get(0);
        assertEquals("Theo Marchetti consented to your nomination for 20 Under 40, class of " + edition.year(),
                mail.subject());
        assertTrue(mail.text().contains("it is now submitted"), mail.text());
        assertTrue(mail.text().contains("Nomination: " + id), mail.text());
        assertTrue(mail.text().contains("Submitted at: "), mail.text());
        Sent.previewed(previews, NoticeKind.NOMINATOR_TOLD, id, nominator.email(), mail);
        assertTrue(MailServer.get().to(nominee).stream().noneMatch(m -> m.subject().contains("consented")),
                "the nominee is not told their own answer");
    }

    private String nominate(Nominees.Edition edition, Nominees.Nominator nominator, String name, String nominee) {
        clock.fix(edition.duringWindow());
        String id = Nominees.draft(nominator, Nominees.colleague(edition, name, nominee));
        Nominees.submit(nominator.token(), id).then().statusCode(200);
        assertEquals(List.of(), Sent.keys(database, NoticeKind.NOMINATOR_TOLD, id));
        return id;
    }

    private static String key(String id, String slot, Nominees.Nominator nominator) {
        return NoticeKind.NOMINATOR_TOLD.code() + "/" + id + "/" + slot + "/" + nominator.email().toLowerCase();
    }
}
