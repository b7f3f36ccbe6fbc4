package org.jewelers.systemtests.authorization;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The request bodies the tables name: each the smallest valid body for its route, so that a caller the route lets
 * through gets the success answer, and a refusal can only be about who is asking.
 */
public final class Bodies {

    static final String BROADCAST_SUBJECT = "Matrix broadcast: entries close soon";
    private static final byte[] PNG = picture();

    private Bodies() {
    }

    /** Puts the body the tables call {@code name} on the request ({@code -} for none). */
    static RequestSpecification apply(String name, RequestSpecification request, MatrixFixture fixture) {
        LocalDate today = fixture.today();
        return switch (name) {
            case "-" -> request;
            case "empty" -> json(request, Map.of());
            case "photo" -> photo(request);
            case "portrait" -> request.multiPart("file", "portrait.png", PNG, "image/png");
            case "rosterCsv" -> request.contentType("text/csv").body(rosterCsv("JA-710311"));
            case "newApiKey" -> json(request, apiKey("Matrix partner"));
            case "newPartner" -> json(request, partner("Matrix partner added by a row"));
            case "partnerMerge" -> json(request, Map.of("into", fixture.id("mergeTarget")));
            case "keyPatch" -> json(request, Map.of("allowedOrigins", List.of("https://matrix-partner.example",
                    "https://shop.matrix-partner.example")));
            case "keyRotation" -> json(request, Map.of("overlapHours", 1));
            case "newWebhook" -> json(request, webhook(fixture.id("partnerA")));
            case "webhookPatch" -> json(request, Map.of("description", "Renamed by the matrix"));
            case "webhookReplay" -> json(request, Map.of("after", "0"));
            case "newMember" -> json(request, member("JA-710312", "Matrix New Member Jewelers"));
            case "memberPatch" -> json(request, Map.of("phone", "+1 401 555 0199"));
            case "leaving" -> json(request, Map.of("reason", "Closed the store"));
            case "listingEdit" -> json(request, Map.of("description", "Custom rings made at our own bench."));
            case "standing" -> json(request, Map.of("standing", "grace", "reason", "Dues are late"));
            case "newArticle" -> json(request, article("Matrix article written by the matrix"));
            case "articlePatch" -> json(request, Map.of("summary", "A summary edited by staff."));
            case "newCareerProfile" -> json(request, careerProfile("matrix-new-profile"));
            case "careerProfile" -> json(request, careerProfile(null));
            case "program" -> json(request, program());
            case "jobForFirmX" -> json(request, job(fixture.firms().x(), today));
            case "jobPatch" -> json(request, Map.of("title", "Senior Bench Jeweler"));
            case "closing" -> json(request, Map.of("closeReason", "withdrawn"));
            case "newEdition" -> json(request, caseEdition(MatrixFixture.NEW_CASE_YEAR, today));
            case "editionPatch" -> json(request, Map.of("title", "CASE Awards renamed by the matrix"));
            case "newEntry" -> json(request, entry(fixture.id("caseEdition"), "Matrix Brooch", MatrixFixture.SUBMIT_CATEGORY));
            case "entryPatch" -> json(request, Map.of("title", "Renamed Ring"));
            case "noConflicts" -> json(request, Map.of("memberIds", List.of()));
            case "conflictWithFirmY" -> json(request, Map.of("memberIds", List.of(fixture.firms().y())));
            case "scores" -> json(request, Map.of("scores", Map.of("overall-design", 8)));
            case "newNomination" -> json(request, colleagueNomination(fixture.id("twentyEdition")));
            case "nominationPatch" -> json(request, Map.of("jobTitle", "Head Designer"));
            case "eligible" -> json(request, Map.of("eligible", true));
            case "extension" -> json(request, Map.of("subject", "matrix-late-entrant",
                    "until", today.plusDays(40) + "T23:59"));
            case "finalsOfSpareEdition" -> json(request, Map.of("editionId", fixture.id("spareEdition"),
                    "stage", "finals", "opens", Instant.now().plus(Duration.ofDays(10)).toString(),
                    "closes", Instant.now().plus(Duration.ofDays(20)).toString()));
            case "advancement" -> json(request, Map.of("perCategory", 3));
            case "judgeEnrolment" -> json(request, Map.of("name", "Matrix Enrolled Judge", "email", "matrix-enrolled@judges.example"));
            case "honoreeChoice" -> json(request, Map.of("citation", "Leads the store's custom design studio.",
                    "reason", "No round of the matrix edition has closed"));
            case "judgeAssignment" -> json(request, Map.of("category", MatrixFixture.CATEGORY, "judge", MatrixFixture.JUDGE));
            case "finalists" -> json(request, Map.of("entryIds", List.of(fixture.id("judgedEntry"))));
            case "addedFinalist" -> json(request, Map.of("entryIds", List.of(fixture.id("rivalEntry"))));
            case "publishedImages" -> json(request, Map.of("imageIds", List.of(fixture.id("judgedImage"))));
            case "winners" -> json(request, Map.of("winners",
                    List.of(Map.of("category", MatrixFixture.CATEGORY, "entryId", fixture.id("judgedEntry")))));
            case "broadcast" -> json(request, broadcast());
            case "checkout" -> json(request, Map.of("entries", List.of(fixture.id("feeDraft"))));
            case "feeWaiver" -> json(request, Map.of("reason", "Matrix: invited to enter"));
            case "refund" -> json(request, Map.of("reason", "Matrix: entered twice by mistake"));
            case "custodyShipment" -> json(request, Map.of("carrier", "FedEx", "trackingNumber", "7712 3456 7890",
                    "declaredValueCents", 450_000, "insured", true));
            case "custodyReceipt" -> json(request, Map.of("conditionNotes", "Box intact",
                    "storageLocation", "Vault B, shelf 3"));
            case "custodyNotes" -> json(request, Map.of("storageLocation", "Vault C, drawer 2"));
            case "intakePhoto" -> request.multiPart("file", "intake.png", PNG, "image/png");
            case "custodyReturn" -> json(request, Map.of("carrier", "UPS", "trackingNumber", "1Z999AA10123456784",
                    "insuredValueCents", 450_000));
            case "promoCode" -> json(request, Map.of("code", "MATRIX10", "percentOff", 10, "maxUses", 5));
            // A well-formed event without a valid signature: what anyone but Stripe can send.
            case "unsignedStripeEvent" -> request.contentType("application/json")
                    .header("Stripe-Signature", "t=" + Instant.now().getEpochSecond() + ",v1=" + "0".repeat(64))
                    .body("{\"id\":\"evt_matrix\",\"object\":\"event\",\"type\":\"checkout.session.completed\","
                            + "\"data\":{\"object\":{\"id\":\"cs_matrix\",\"object\":\"checkout.session\"}}}");
            default -> throw new IllegalArgumentException("no body named " + name);
        };
    }

    static RequestSpecification photo(RequestSpecification request) {
        return request.multiPart("file", "photo.png", PNG, "image/png").multiPart("kind", "photo");
    }

    public static byte[] png() {
        return PNG.clone();
    }

    /** To the CASE edition's draft holders: the matrix entrant alone. */
    static Map<String, Object> broadcast() {
        return Map.of("segment", "draft-holders", "subject", BROADCAST_SUBJECT,
                "message", "Your draft is waiting: submit it before the edition closes.");
    }

    static Map<String, Object> member(String number, String name) {
        return Map.of("number", number, "name", name, "kind", "retailer",
                "locations", List.of(Map.of("address", "1 Matrix Row", "city", "Providence", "state", "RI", "zip", "02903")));
    }

    static String rosterCsv(String number) {
        return "member_number,name,kind,standing,member_since,website,phone,email,services,location_address,"
                + "location_city,location_state,location_zip,location_phone\n"
                + number + ",Matrix Roster Jewelers,retailer,active,2001-04-01,,,,repair,2 Roster Lane,Providence,RI,02903,\n";
    }

    static Map<String, Object> apiKey(String name) {
        return Map.of("name", name, "allowedOrigins", List.of("https://matrix.example"),
                "requestsPerMinute", 60, "requestsPerDay", 1000);
    }

    static Map<String, Object> apiKey(String name, String partnerId) {
        Map<String, Object> key = new HashMap<>(apiKey(name));
        key.put("partnerId", partnerId);
        return key;
    }

    /** A subscription for a partner; the receiver is a closed local port the stack's directory lets through. */
    static Map<String, Object> webhook(String partnerId) {
        return Map.of("url", "http://localhost:9/matrix-hook", "partnerId", partnerId);
    }

    static Map<String, Object> partner(String name) {
        return Map.of("name", name, "contactEmail", "admin@matrix-partner.example");
    }

    static Map<String, Object> caseEdition(int year, LocalDate today) {
        return Map.of("program", "case-awards", "year", year, "title", "CASE Awards " + year + " (matrix)",
                "timeZone", "America/New_York", "opens", today.minusDays(1) + "T00:00",
                "closes", today.plusDays(30) + "T23:59",
                "categories", Stream.of(MatrixFixture.CATEGORY, MatrixFixture.RECUSAL_CATEGORY,
                                MatrixFixture.WITHDRAWAL_CATEGORY, MatrixFixture.SUBMIT_CATEGORY)
                        .map(code -> Map.of("code", code, "name", "Retailer: " + code, "division", "retailer",
                                "minValueCents", 0, "maxValueCents", 200_000)).toList());
    }

    static Map<String, Object> twentyUnderFortyEdition(int year, LocalDate today) {
        return Map.of("program", "20-under-40", "year", year, "title", "20 Under 40, class of " + year + " (matrix)",
                "timeZone", "America/New_York", "opens", today.minusDays(1) + "T00:00",
                "closes", today.plusDays(30) + "T23:59", "ageCutoff", today.plusDays(30).toString(),
                "categories", List.of(Map.of("code", "retail", "name", "Retail: 20 honorees"),
                        Map.of("code", "suppliers", "name", "Suppliers: 20 honorees")));
    }

    static Map<String, Object> entry(String edition, String title, String category) {
        return Map.of("editionId", edition, "category", category, "title", title,
                "description", "A piece made for the authorization matrix.",
                "materialsAndTechniques", "Sterling silver, hand-forged", "retailValueCents", 150_000,
                "noMakersMarkVisible", true);
    }

    static Map<String, Object> colleagueNomination(String edition) {
        return Map.of("editionId", edition, "nominatedBy", "colleague", "nomineeName", "Rowan Matrix",
                "nomineeEmail", "rowan.matrix@dev.jewelers.example", "jobTitle", "Bench Jeweler");
    }

    /** Everything a submit checks: under 40 on the cut-off, full time, years in the industry, attested, essays. */
    static Map<String, Object> selfNomination(String edition, LocalDate today) {
        Map<String, Object> body = new HashMap<>();
        body.put("editionId", edition);
        body.put("nominatedBy", "self");
        body.put("list", "retail");
        body.put("nomineeName", "Sam Matrix");
        body.put("jobTitle", "Store Manager");
        body.put("dateOfBirth", today.minusYears(32).toString());
        body.put("fullTime", true);
        body.put("yearsInIndustry", 8);
        body.put("attested", true);
        body.put("essays", Map.of("achievements", "Grew the store's custom design business.",
                "contribution", "Teaches CAD at the community college.",
                "vision", "Recycled metals as the norm."));
        return body;
    }

    static Map<String, Object> article(String title) {
        return Map.of("kind", "article", "title", title, "summary", "Written for the authorization matrix.",
                "body", "Nothing here but what the matrix needs.", "area", "design-and-production");
    }

    /** A career profile; its slug left out when the path names it. */
    static Map<String, Object> careerProfile(String slug) {
        Map<String, Object> body = new HashMap<>(Map.of("area", "design-and-production", "title", "Matrix Setter",
                "summary", "Sets stones for the authorization matrix.", "tasks", List.of("Set stones"),
                "skills", List.of("Steady hands"),
                "pathsIn", Map.of("education", "An apprenticeship at the bench", "certifications", List.of()),
                "salary", Map.of("minCents", 3_000_000, "maxCents", 6_000_000, "currency", "USD",
                        "source", "The matrix's own estimate", "year", 2026)));
        if (slug != null) {
            body.put("slug", slug);
        }
        return body;
    }

    static Map<String, Object> program() {
        return Map.of("name", "Matrix Bench Course", "institution", "Matrix Trade School", "kind", "course",
                "level", "beginner", "description", "Ten evenings at the bench.", "online", true,
                "areas", List.of("design-and-production"));
    }

    /** A posting; staff name the firm in memberId, a member may leave it out (null) for their own firm. */
    static Map<String, Object> job(String memberId, LocalDate today) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Bench Jeweler", "area", "design-and-production",
                "employmentType", "full-time", "description", "Size, repair and set stones.",
                "howToApply", "Write to jobs@matrix.example", "zip", "02903",
                "validThrough", today.plusDays(30).toString()));
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return body;
    }

    private static RequestSpecification json(RequestSpecification request, Object body) {
        return request.contentType(ContentType.JSON).body(body);
    }

    /** A small gradient, large enough for a portrait or an entry photo. */
    private static byte[] picture() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(160, 120, 60), 320, 240, new Color(240, 210, 150)));
        graphics.fillRect(0, 0, 320, 240);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
