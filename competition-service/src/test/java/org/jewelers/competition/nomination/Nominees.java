package org.jewelers.competition.nomination;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jewelers.competition.image.TestImages;
import org.jewelers.contracts.Contracts;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.Topics;
import org.jewelers.contracts.members.PublicMember;
import org.jewelers.events.envelope.CloudEventCodec;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.jewelers.memberfirms.MemberFirms;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.MailServer;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicWriter;

/** 20 Under 40 editions, member firms, nominators and nominations for the nomination tests. */
public final class Nominees {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final EventFactory DIRECTORY = new EventFactory("/directory-service");
    private static final Pattern CONSENT_LINK = Pattern.compile("/api/v1/nominations/consent/([A-Za-z0-9_-]+)");

    private Nominees() {
    }

    /** A 20 Under 40 edition of its own, nominees under 40 on March 31 of its year, its window closing that day. */
    public record Edition(String id, int year) {

        public LocalDate cutoff() {
            return LocalDate.of(year, 3, 31);
        }

        public Instant duringWindow() {
            return LocalDateTime.of(year, 2, 1, 12, 0).atZone(NEW_YORK).toInstant();
        }

        /** A wall-clock time of the edition's year in its zone: "06-01T18:00". */
        public Instant inYear(String monthDayTime) {
            return LocalDateTime.parse(year + "-" + monthDayTime).atZone(NEW_YORK).toInstant();
        }
    }

    public static Edition open() {
        return open(null, null);
    }

    /** With {@code honorees} per list instead of the program's usual number. */
    public static Edition withHonorees(int honorees) {
        return open(honorees, null);
    }

    /** One whose results are published at {@code resultsPublish} of its year ("06-01T18:00"). */
    public static Edition publishingAt(String resultsPublish) {
        return open(null, resultsPublish);
    }

    private static Edition open(Integer honorees, String resultsPublish) {
        while (true) {
            // Years before 2050 keep the nominees' dates of birth in the past, as the API requires.
            int year = 2000 + ThreadLocalRandom.current().nextInt(50);
            Map<String, Object> body = new HashMap<>(Map.of(
                    "program", "20-under-40", "year", year, "title", "20 Under 40, class of " + year,
                    "timeZone", "America/New_York", "opens", (year - 1) + "-10-01T00:00",
                    "closes", year + "-03-31T23:59", "ageCutoff", year + "-03-31",
                    "categories", List.of(list("retail", "Retail", honorees), list("suppliers", "Suppliers", honorees))));
            if (resultsPublish != null) {
                body.put("resultsPublish", year + "-" + resultsPublish);
            }
            Response response = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return new Edition(response.path("id"), year);
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("could not open an edition: " + response.asString());
            }
        }
    }

    private static Map<String, Object> list(String code, String name, Integer honorees) {
        Map<String, Object> list = new HashMap<>(Map.of("code", code, "name", name));
        if (honorees != null) {
            list.put("honorees", honorees);
        }
        return list;
    }

    /** A member firm the competition has heard of from the directory's topic. */
    public static UUID firm(MemberFirms firms, String standing, String kind, String city, String state) {
        UUID id = UUID.randomUUID();
        boolean good = standing.equals("active") || standing.equals("grace");
        EventEnvelope event = DIRECTORY.create(EventTypes.MEMBER_JOINED, id.toString(), 0, new PublicMember(id,
                "JA-" + id.toString().substring(0, 6).toUpperCase(), "Hartwell Jewelers " + id.toString().substring(0, 4),
                kind, standing, good, List.of(new PublicMember.Location(city, state, "59801"))));
        new Contracts().validate(event.type(), event.data());
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(), event.subject(),
                CloudEventCodec.encode(event));
        await().atMost(PATIENCE).until(() -> firms.find(id).isPresent());
        return id;
    }

    public static UUID firm(MemberFirms firms) {
        return firm(firms, "active", "retailer", "Missoula", "MT");
    }

    /** An entrant of a firm; {@code subject + "@test.jewelers.example"} is their email. */
    public record Nominator(String subject, String token) {

        public String email() {
            return subject + "@test.jewelers.example";
        }

        public String name() {
            return "Test " + subject;
        }
    }

    public static Nominator nominator(UUID firm) {
        String subject = "nominator-" + UUID.randomUUID();
        return new Nominator(subject, Tokens.entrant(subject, firm.toString()));
    }

    /** A complete nomination body, eligible when the firm is: 30 on the cut-off, full time, 6 years in. */
    public static Map<String, Object> complete(Edition edition, String nominatedBy) {
        Map<String, Object> body = new HashMap<>();
        body.put("editionId", edition.id());
        body.put("nominatedBy", nominatedBy);
        body.put("dateOfBirth", edition.cutoff().minusYears(30).toString());
        body.put("jobTitle", "Custom Design Manager");
        body.put("fullTime", true);
        body.put("yearsInIndustry", 6);
        body.put("attested", true);
        body.put("essays", Map.of("achievements", "Built the custom design studio from one bench to four.",
                "contribution", "Teaches a CAD evening class and mentors two apprentices.",
                "vision", "Traceable, recycled metals as the norm."));
        return body;
    }

    public static Map<String, Object> colleague(Edition edition, String name, String email) {
        Map<String, Object> body = complete(edition, "colleague");
        body.put("nomineeName", name);
        body.put("nomineeEmail", email);
        return body;
    }

    /** A draft with its photo, ready to submit. */
    public static String draft(Nominator nominator, Map<String, Object> body) {
        String id = given().auth().oauth2(nominator.token()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
        photo(nominator.token(), id, TestImages.jpeg(60, 80), "me.jpg").then().statusCode(200);
        return id;
    }

    public static Response photo(String token, String id, byte[] file, String fileName) {
        return given().auth().oauth2(token).multiPart("file", fileName, file, "application/octet-stream")
                .put("/api/v1/nominations/" + id + "/photo");
    }

    public static Response submit(String token, String id) {
        return given().auth().oauth2(token).post("/api/v1/nominations/" + id + "/submit");
    }

    /** Waits for the consent email to the nominee and answers the token its link carries (the newest one's). */
    public static String consentToken(String nomineeEmail) {
        await().atMost(PATIENCE).until(() -> consentLink(nomineeEmail) != null);
        return consentLink(nomineeEmail);
    }

    private static String consentLink(String nomineeEmail) {
        List<MailServer.ReceivedMail> mails = MailServer.get().to(nomineeEmail);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher link = CONSENT_LINK.matcher(mails.get(i).text());
            if (link.find()) {
                return link.group(1);
            }
        }
        return null;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    /** A submitted self-nomination on a list, by a new entrant of the firm (who is then the nominee's employer). */
    public static String submitted(Edition edition, UUID firm, String list) {
        Nominator self = nominator(firm);
        Map<String, Object> body = complete(edition, "self");
        body.put("list", list);
        String id = draft(self, body);
        submit(self.token(), id).then().statusCode(200);
        return id;
    }

    public static String screenEligible(String nomination) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + nomination + "/screening").then().statusCode(200);
        return nomination;
    }

    public static String dossierOf(String nomination) {
        return given().auth().oauth2(Tokens.staff()).get("/api/v1/review/nominations/" + nomination)
                .then().extract().path("dossierId");
    }

    /**
     * Confirms the dossier's nominee as an honoree, with a citation and a reason: outside a closed round's
     * standings every confirmation needs one.
     */
    public static Response honor(String dossier) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("citation", "Citation of " + dossier, "reason", "Confirmed before the panel met"))
                .post("/api/v1/review/dossiers/" + dossier + "/honoree");
    }
}
