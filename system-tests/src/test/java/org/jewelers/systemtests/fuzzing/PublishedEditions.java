package org.jewelers.systemtests.fuzzing;

import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jewelers.systemtests.CompetitionDesk;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.SeededPrivateFacts;
import org.jewelers.systemtests.authorization.Callers;
import org.jewelers.systemtests.uploads.AttackFiles;

/**
 * A CASE edition and a 20 Under 40 edition with published results, made through the gateway for the public walk:
 * the CASE winner's published images and the honoree's photo were uploaded carrying their owner's name and email in
 * EXIF, XMP and PNG text chunks, which no public answer may still carry. Every private fact seeded is recorded in
 * {@link SeededPrivateFacts}.
 */
final class PublishedEditions {

    private static final String CATEGORY = "retailer-up-to-2000";

    /** The public paths the walk must reach with 200: the published image and the honoree's photo. */
    record Seeded(String caseEdition, String twentyEdition, List<String> publicImages) {
    }

    private PublishedEditions() {
    }

    static Seeded seed() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String caseEdition = CompetitionDesk.edition("case-awards", "CASE walk", List.of(Map.of("code", CATEGORY,
                "name", "Retailer, up to $2,000", "division", "retailer", "minValueCents", 0, "maxValueCents", 200_000)));
        List<String> images = caseWinnerWithImages(caseEdition, run);
        String twentyEdition = CompetitionDesk.edition("20-under-40", "20 Under 40 walk", List.of(
                Map.of("code", "retail", "name", "Retail"), Map.of("code", "suppliers", "name", "Suppliers")));
        String award = honoreeWithPhoto(twentyEdition, run);

        Instant publication = Instant.now().plusSeconds(5);
        CompetitionDesk.publishAt(caseEdition, publication);
        CompetitionDesk.publishAt(twentyEdition, publication);
        CompetitionDesk.awaitPast(publication);
        String base = "/api/v1/editions/" + caseEdition + "/results/images/";
        return new Seeded(caseEdition, twentyEdition, List.of(base + images.get(0), base + images.get(0) + "/thumbnail",
                base + images.get(1), "/api/v1/editions/" + twentyEdition + "/results/honorees/" + award + "/photo"));
    }

    /** The category's winner with a JPEG and a PNG chosen for publication; the images' ids. */
    private static List<String> caseWinnerWithImages(String edition, String run) {
        String staff = RunningSystem.tokens().staff();
        String firm = CompetitionDesk.firm("Walk Atelier " + run, "retailer", "Providence", "RI", "02903");
        String subject = "walk-entrant-" + run;
        String email = subject + "@dev.jewelers.example";
        String entrant = Callers.named(subject, "entrant", firm, "Ines Quartermain");
        SeededPrivateFacts.add(subject, email);
        String entry = CompetitionDesk.as(entrant).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "category", CATEGORY, "title", "Lantern Brooch",
                        "description", "A brooch that holds light like a paper lantern.",
                        "materialsAndTechniques", "18k gold, pierced; opal", "retailValueCents", 150_000,
                        "noMakersMarkVisible", true))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
        List<String> images = List.of(
                upload(entrant, entry, "brooch.jpg", AttackFiles.jpegCarrying("Ines Quartermain", email), "image/jpeg"),
                upload(entrant, entry, "brooch.png", AttackFiles.pngCarrying("Ines Quartermain", email), "image/png"));
        await().atMost(CompetitionDesk.PATIENCE).until(() -> CompetitionDesk.as(entrant).contentType(ContentType.JSON)
                .header("Idempotency-Key", "walk-" + entry).post("/api/v1/entries/" + entry + "/submit")
                .then().extract().statusCode() == 200);
        CompetitionDesk.as(staff).contentType(ContentType.JSON).body(Map.of("eligible", true))
                .post("/api/v1/review/entries/" + entry + "/screening").then().statusCode(200);
        Instant now = Instant.now();
        String finals = CompetitionDesk.as(staff).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition, "stage", "finals", "opens", now.minus(Duration.ofHours(2)).toString(),
                        "closes", now.minus(Duration.ofHours(1)).toString()))
                .post("/api/v1/rounds").then().statusCode(201).extract().path("id");
        CompetitionDesk.as(staff).contentType(ContentType.JSON).body(Map.of("entryIds", List.of(entry)))
                .put("/api/v1/rounds/" + finals + "/finalists").then().statusCode(200);
        CompetitionDesk.as(staff).contentType(ContentType.JSON)
                .body(Map.of("winners", List.of(Map.of("category", CATEGORY, "entryId", entry))))
                .post("/api/v1/rounds/" + finals + "/winners").then().statusCode(200);
        CompetitionDesk.as(staff).contentType(ContentType.JSON).body(Map.of("imageIds", images))
                .put("/api/v1/review/entries/" + entry + "/published-images").then().statusCode(200);
        return images;
    }

    private static String upload(String entrant, String entry, String name, byte[] file, String mediaType) {
        return CompetitionDesk.as(entrant).multiPart("file", name, file, mediaType).multiPart("kind", "photo")
                .post("/api/v1/entries/" + entry + "/images").then().statusCode(201).extract().path("id");
    }

    /** A colleague's nominee who agreed to a published photo (uploaded with metadata), confirmed; the award id. */
    private static String honoreeWithPhoto(String edition, String run) {
        String firm = CompetitionDesk.firm("Walk Findings " + run, "supplier", "Attleboro", "MA", "02703");
        String nominator = "walk-nominator-" + run;
        String nominatorName = "Walter Nominatore";
        String token = Callers.named(nominator, "entrant", firm, nominatorName);
        String email = "greta-" + run + "@example.com";
        LocalDate born = LocalDate.of(1992, 2, 29);
        SeededPrivateFacts.add(nominator, nominator + "@dev.jewelers.example", nominatorName, email, born.toString());
        String nomination = CompetitionDesk.nominate(token, Map.of("editionId", edition, "nominatedBy", "colleague",
                "nomineeName", "Greta Walkley", "nomineeEmail", email), "Sourcing Manager", born, firm);
        CompetitionDesk.submitWithPhoto(token, nomination, AttackFiles.pngCarrying(nominatorName, email), false);
        CompetitionDesk.consent(email, true);
        String dossier = CompetitionDesk.screenEligible(nomination);
        return CompetitionDesk.as(RunningSystem.tokens().staff()).contentType(ContentType.JSON)
                .body(Map.of("citation", "Rebuilt the firm's sourcing around recycled metal.",
                        "reason", "Confirmed without a judging round for the public walk"))
                .post("/api/v1/review/dossiers/" + dossier + "/honoree").then().statusCode(201).extract().path("awardId");
    }
}
