package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.competition.EditionsTest;
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
import org.jewelers.testing.TestClock;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicWriter;

/** Editions, member firms and drafts for the entry tests. */
public final class Fixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final EventFactory DIRECTORY = new EventFactory("/directory-service");

    private Fixtures() {
    }

    /** A CASE edition of its own, in a year from {@link CaseYears}. */
    public record Edition(String id, int year) {

        /** A wall-clock time in the edition's zone, on the deadline day: "23:58" is a minute before the close. */
        public Instant onDeadlineDay(String time) {
            return LocalDateTime.parse(year + "-06-28T" + time).atZone(NEW_YORK).toInstant();
        }

        public Instant duringWindow() {
            return onDeadlineDay("12:00").minus(Duration.ofDays(30));
        }

        /** A wall-clock time of the edition's year in its zone: "12-01T18:00". */
        public Instant inYear(String monthDayTime) {
            return LocalDateTime.parse(year + "-" + monthDayTime).atZone(NEW_YORK).toInstant();
        }
    }

    public static Edition openCase() {
        return openCase(null);
    }

    /** One whose results are published at {@code resultsPublish} of its year ("12-01T18:00"), if not null. */
    public static Edition openCase(String resultsPublish) {
        while (true) {
            int year = CaseYears.next(any -> true);
            Map<String, Object> body = new HashMap<>(EditionsTest.caseAwards(year));
            if (resultsPublish != null) {
                body.put("resultsPublish", year + "-" + resultsPublish);
            }
            Response response = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return new Edition(response.path("id"), year);
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("could not open an edition: " + response.asString());
            }
        }
    }

    /** A member firm the competition has heard of from the directory's topic. */
    public static UUID firm(MemberFirms firms, String standing) {
        return firm(firms, standing, "retailer");
    }

    /** A member firm of a directory kind (retailer, supplier, manufacturer, service-provider). */
    public static UUID firm(MemberFirms firms, String standing, String kind) {
        UUID id = UUID.randomUUID();
        publish(EventTypes.MEMBER_JOINED, id, 0, standing, kind);
        await().atMost(PATIENCE).until(() -> firms.find(id).isPresent());
        return id;
    }

    static void publish(String type, UUID id, long version, String standing) {
        publish(type, id, version, standing, "retailer");
    }

    static void publish(String type, UUID id, long version, String standing, String kind) {
        boolean good = standing.equals("active") || standing.equals("grace");
        EventEnvelope event = DIRECTORY.create(type, id.toString(), version, new PublicMember(id,
                "JA-" + id.toString().substring(0, 6).toUpperCase(), "Entrant Jewelers " + id.toString().substring(0, 4),
                kind, standing, good, List.of(new PublicMember.Location("Austin", "TX", "78701"))));
        new Contracts().validate(event.type(), event.data());
        TopicWriter.write(Infrastructure.kafka().bootstrapServers(), Topics.DIRECTORY_MEMBERS.name(), event.subject(),
                CloudEventCodec.encode(event));
    }

    /** A complete draft body for a category, with a retail value inside its band. */
    public static Map<String, Object> piece(Edition edition, String category, long retailValueCents) {
        Map<String, Object> body = new HashMap<>();
        body.put("editionId", edition.id());
        body.put("category", category);
        body.put("title", "Tidepool Cuff");
        body.put("description", "A hinged cuff whose surface follows the ripples of a tidepool.");
        body.put("materialsAndTechniques", "18k recycled gold, hand-raised; tourmaline cabochons");
        body.put("retailValueCents", retailValueCents);
        body.put("noMakersMarkVisible", true);
        return body;
    }

    /** A draft with one photo, ready to submit when its body is complete. */
    public static String draft(String token, Map<String, Object> body) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
        upload(token, id, TestImages.png(40, 30), "photo.png", "image/png", "photo").then().statusCode(201);
        return id;
    }

    /** A multipart upload as a browser sends it, with the file's name and declared type. */
    public static Response upload(String token, String entryId, byte[] file, String fileName, String declaredType, String kind) {
        return given().auth().oauth2(token).multiPart("file", fileName, file, declaredType).multiPart("kind", kind)
                .post("/api/v1/entries/" + entryId + "/images");
    }

    /**
     * A multipart form body of a file and its kind, written out so that it is sent with its length, as browsers send
     * a form (REST Assured streams multipart bodies in chunks, without a length).
     */
    static byte[] multipartForm(String boundary, byte[] file, String fileName, String kind) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public static Response submit(String token, String entryId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/entries/" + entryId + "/submit");
    }

    /** A submit as curl sends it: no body and no Content-Type (REST Assured always sends one). */
    static int bareSubmit(String token, String entryId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/entries/" + entryId + "/submit"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public static String entrant(UUID firm) {
        return Tokens.entrant("entrant-" + UUID.randomUUID(), firm == null ? null : firm.toString());
    }
}
