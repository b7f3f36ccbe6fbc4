package org.jewelers.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * What the competition scenarios do through the gateway as staff, entrants and nominees do it: member firms,
 * editions (in UTC, so that a publication time a few seconds ahead is exact), nominations and their consent links
 * read from the stack's mail server.
 */
public final class CompetitionDesk {

    public static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern CONSENT_LINK = Pattern.compile("/api/v1/nominations/consent/([A-Za-z0-9_-]+)");

    private CompetitionDesk() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().spec(RunningSystem.gateway());
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** A member firm in good standing with one location; its id. */
    public static String firm(String name, String kind, String city, String state, String zip) {
        String number = "JA-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        return as(RunningSystem.tokens().staff()).contentType(ContentType.JSON)
                .body(Map.of("number", number, "name", name, "kind", kind, "locations",
                        List.of(Map.of("address", "1 Bench Street", "city", city, "state", state, "zip", zip))))
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    /** Opens an edition of a free year of the program (open now, closing in a month); its id. */
    public static String edition(String program, String title, List<Map<String, Object>> categories) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        while (true) {
            int year = randomYear();
            Map<String, Object> body = new HashMap<>(Map.of("program", program, "year", year,
                    "title", title + " " + year, "timeZone", "UTC", "opens", today.minusDays(1) + "T00:00",
                    "closes", today.plusDays(30) + "T23:59", "categories", categories));
            if (program.equals("20-under-40")) {
                body.put("ageCutoff", today.plusDays(30).toString());
            }
            var response = as(RunningSystem.tokens().staff()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/editions");
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            assertEquals(409, response.statusCode(), () -> "could not open an edition: " + response.asString());
        }
    }

    /**
     * A year for an edition of a suite's own, drawn from 2100-2149: suites that open editions in fixed years
     * (the matrix, the fault and upload suites, the CASE scenario) keep to 2150-2200, so a drawn year never takes theirs.
     */
    public static int randomYear() {
        return 2100 + ThreadLocalRandom.current().nextInt(50);
    }

    /** Sets the edition's results publication time (whole seconds, in the edition's UTC); the time set. */
    public static Instant publishAt(String edition, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.SECONDS);
        as(RunningSystem.tokens().staff()).contentType(ContentType.JSON)
                .body(Map.of("resultsPublish", LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString()))
                .patch("/api/v1/editions/" + edition).then().statusCode(200);
        return at;
    }

    /** Waits for the wall clock to pass the instant, as the services' clocks see it. */
    public static void awaitPast(Instant instant) {
        await().atMost(Duration.between(Instant.now(), instant).plusSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(instant.plusMillis(500)));
    }

    /** A nomination draft with every fact submit needs; its id. */
    public static String nominate(String token, Map<String, Object> who, String jobTitle, LocalDate born,
                                  String employer) {
        Map<String, Object> body = new HashMap<>(who);
        body.putAll(Map.of("dateOfBirth", born.toString(), "jobTitle", jobTitle, "employerMemberId", employer,
                "fullTime", true, "yearsInIndustry", 6, "attested", true,
                "essays", Map.of("achievements", "Rebuilt the bridal counter around custom work.",
                        "contribution", "Teaches stone setting to apprentices on Saturdays.",
                        "vision", "Every piece traceable from mine to counter.")));
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/nominations")
                .then().statusCode(201).extract().path("id");
    }

    /** The nomination's photo, then its submit, retried until the competition has heard of the employer firm. */
    public static void submitWithPhoto(String token, String nomination, boolean publishPhoto) {
        submitWithPhoto(token, nomination, png(60, 80), publishPhoto);
    }

    /** As {@link #submitWithPhoto(String, String, boolean)}, with this PNG as the photo. */
    public static void submitWithPhoto(String token, String nomination, byte[] photo, boolean publishPhoto) {
        as(token).multiPart("file", "portrait.png", photo, "image/png")
                .put("/api/v1/nominations/" + nomination + "/photo").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> as(token).queryParam("publishPhoto", publishPhoto)
                .post("/api/v1/nominations/" + nomination + "/submit").then().extract().statusCode() == 200);
    }

    /**
     * The nominee answers yes through the link of the newest email the competition sent them. The stack reminds a
     * nominee half a minute after the request, with a new link that replaces the first: until the reminder has
     * arrived, the newest link may be one that no longer works, so the answer is retried with the newest link.
     */
    public static void consent(String nomineeEmail, boolean publishPhoto) {
        await().atMost(PATIENCE).until(() -> as(null).queryParam("publishPhoto", publishPhoto)
                .post("/api/v1/nominations/consent/" + consentToken(nomineeEmail)).then().extract().statusCode() == 200);
    }

    /** The token in the consent link of the newest email to the nominee, read from the stack's mail server. */
    public static String consentToken(String email) {
        await().atMost(PATIENCE).until(() -> !given().queryParam("to", email).get(RunningSystem.mailboxUrl())
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty());
        String text = given().queryParam("to", email).get(RunningSystem.mailboxUrl()).then().extract().jsonPath()
                .getString("[0].text");
        Matcher link = CONSENT_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no consent link in the email: " + text);
        }
        return link.group(1);
    }

    /** Staff screen the nomination eligible; the nominee's dossier id. */
    public static String screenEligible(String nomination) {
        String staff = RunningSystem.tokens().staff();
        as(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/nominations/" + nomination + "/screening").then().statusCode(200);
        return as(staff).get("/api/v1/review/nominations/" + nomination).then().statusCode(200)
                .extract().path("dossierId");
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(width / 2, height / 2, 0xB08050);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
