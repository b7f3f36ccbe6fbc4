package org.jewelers.competition.entry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jewelers.competition.image.PdfInspection;
import org.jewelers.competition.image.TestImages;
import org.jewelers.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PDFs, which any image slot takes: their work bounded (decoded bytes, drawing operators, time, renders at once)
 * and done off the request threads, and what is stored rebuilt from the pages alone, so that judges download
 * neither the entrant's identity nor anything that acts.
 */
@QuarkusTest
class PdfUploadTest {

    private static final String PROBLEMS = "https://jewelers.example/problems/";
    private static final String IN_FLIGHT = "competition.pdf.renders.in.flight";
    private static final byte[] BOMB = TestImages.pdfBomb();

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    private Fixtures.Edition edition;
    private String entrant;
    private String entry;

    @BeforeEach
    void draft() {
        edition = Fixtures.openCase();
        clock.fix(edition.duringWindow());
        entrant = Fixtures.entrant(UUID.randomUUID());
        entry = newDraft(entrant);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPdfWhosePageInflatesTo1GiBIsRefusedQuicklyAsAPhotoAndItsRenderEnds() {
        assertTrue(BOMB.length < 2 * 1024 * 1024, "the bomb is small: " + BOMB.length + " bytes");
        Response answer = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> Fixtures.upload(entrant, entry, BOMB, "ring.jpg", "image/jpeg", "photo"),
                "the upload of a PDF bomb is answered within 15 s");
        answer.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"));
        assertRendersEnd();
        given().auth().oauth2(entrant).get("/api/v1/entries/" + entry).then().body("images", hasSize(0));
    }

    /**
     * 1.2 million operators in 5 MB of content, under the stream cap: the operator budget or the time limit stops
     * it, whichever comes first on this machine (PdfWorkBudgetTest holds each bound on its own).
     */
    @Test
    void aPdfTakingTooMuchDrawingIsRefusedAndItsRenderEnds() {
        Response answer = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> Fixtures.upload(entrant, entry, TestImages.pdfOfLines(400_000), "spec.pdf", "application/pdf",
                        "rendering"), "answered within 15 s");
        answer.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"))
                .body("detail", containsString("more work than accepted"));
        assertRendersEnd();
    }

    @Test
    void whileFivePdfBombsAreUploadedAnotherEntrantsDraftAndUploadKeepWorking() throws Exception {
        String other = Fixtures.entrant(UUID.randomUUID());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        ExecutorService attackers = Executors.newFixedThreadPool(5);
        try {
            List<CompletableFuture<Response>> bombs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String target = newDraft(entrant);
                bombs.add(CompletableFuture.supplyAsync(() ->
                        Fixtures.upload(entrant, target, BOMB, "bomb.pdf", "application/pdf", "rendering"), attackers));
            }
            long started = System.nanoTime();
            String draft = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> newDraft(other),
                    "another entrant's draft is made while the bombs are processed");
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fixtures.upload(other, draft,
                    TestImages.jpeg(800, 600), "ring.jpg", "image/jpeg", "photo").then().statusCode(201),
                    "and their photo is taken");
            long othersMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            for (CompletableFuture<Response> bomb : bombs) {
                bomb.get(30, TimeUnit.SECONDS).then().statusCode(422).contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + "unprocessable"));
            }
            long lastRefusal = System.nanoTime();
            assertRendersEnd();
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            System.out.printf("%nFive PDF bombs at once: the other entrant's draft and photo took %d ms; renders in"
                            + " flight back to 0 %d ms after the last refusal; the service's CPU over the %.1f s:"
                            + " %.1f s (%.2f cores of %d)%n", othersMillis,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastRefusal), wall / 1e9, cpu / 1e9,
                    (double) cpu / wall, Runtime.getRuntime().availableProcessors());
        } finally {
            attackers.shutdownNow();
        }
    }

    @Test
    void whatJudgesDownloadOfAPdfCarriesNoIdentityAndNothingThatActs() {
        byte[] pdf = TestImages.pdfWithIdentity();
        PdfInspection sent = PdfInspection.of(pdf, TestImages.NAME);
        assertFalse(sent.findings().isEmpty(), "the file as sent carries its author: " + sent.findings());

        String location = Fixtures.upload(entrant, entry, pdf, "ring.pdf", "application/pdf", "rendering")
                .then().statusCode(201).extract().header("Location");
        byte[] stored = given().auth().oauth2(entrant).get(location).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        PdfInspection kept = PdfInspection.of(stored, TestImages.NAME);
        assertEquals(List.of(), kept.findings(), "what the stored PDF still carries");
        assertEquals(1, kept.pages());
        assertEquals(1, kept.jpegImages(), "the photo on the page is kept, as a JPEG");
        assertNotNull(given().auth().oauth2(entrant).get(location + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray());
    }

    /** The render thread stops working: the in-flight gauge, read from the registry rather than over HTTP. */
    private void assertRendersEnd() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> metrics.get(IN_FLIGHT).gauge().value() == 0);
    }

    private String newDraft(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("editionId", edition.id(), "category", "retailer-up-to-2000"))
                .post("/api/v1/entries").then().statusCode(201).extract().path("id");
    }
}
