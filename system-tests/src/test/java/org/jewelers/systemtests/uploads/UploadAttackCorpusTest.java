package org.jewelers.systemtests.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jewelers.devstack.App;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.uploads.Attack.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #10's upload attack corpus, sent through the gateway to the two upload routes (entry images; 20 Under 40
 * nominee photos, which share the entry image pipeline): decompression bombs, type spoofing, polyglots, oversize
 * bodies (declared and chunked), truncated files, path-like file names, and metadata carrying the entrant. A bad
 * file must be refused with a 4xx problem+json and leave nothing stored; a file that may be taken must be stored
 * harmless; and what staff and judges download must carry none of the entrant's metadata (judging is blind). The
 * competition service's heap is watched from outside during the bombs and during a normal 5 MB photo.
 */
class UploadAttackCorpusTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://jewelers.example/problems/";
    private static final String ENTRY = "entry image";
    private static final String PHOTO = "nominee photo";
    private static final List<String> PERSON = List.of(UploadDesk.ENTRANT_NAME, UploadDesk.ENTRANT_EMAIL);

    private static UploadDesk desk;

    @BeforeAll
    static void openTheDesk() {
        desk = UploadDesk.open();
    }

    @Test
    void everyBadFileIsRefusedAndEveryTakenFileIsStoredHarmless() {
        List<Attack> corpus = new ArrayList<>(bombs());
        corpus.addAll(spoofsAndPolyglots());
        corpus.addAll(oversizeBodies());
        corpus.addAll(truncatedFiles());
        corpus.addAll(pathLikeNames());

        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int badFilesAccepted = 0;
        for (Attack attack : corpus) {
            Outcome outcome = attack.send().get();
            if (attack.badFile() && outcome.accepted()) {
                badFilesAccepted++;
            }
            if (outcome.failure() != null) {
                failures.add(attack.name() + " (" + attack.target() + "): " + outcome.failure());
            }
            rows.add(String.format("| %s | %s | %s | %s | %s |", attack.name(), attack.target(), outcome.answer(),
                    outcome.accepted() ? "yes" : "no",
                    outcome.failure() == null ? (attack.badFile() ? "refused, nothing stored" : "harmless")
                            : "UNEXPECTED"));
        }
        System.out.printf("%nUpload attack corpus, %d cases through the gateway%n%n", corpus.size());
        System.out.println("| case | sent as | answer | accepted? | verdict |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.printf("%nbad files accepted: %d%n", badFilesAccepted);
        failures.forEach(failure -> System.out.println("UNEXPECTED " + failure));

        assertEquals(0, badFilesAccepted, "bad files accepted");
        assertEquals(List.of(), failures);
    }

    /**
     * Oversize chunked uploads, more of them than the gateway's breaker tolerates failures (5), are each answered 413
     * problem+json and leave the competition service available to everyone: they are the caller's fault, not its.
     */
    @Test
    void repeatedOversizeChunkedUploadsLeaveTheServicesBreakerClosed() {
        URI gateway = URI.create(RunningSystem.gatewayUrl());
        String images = "/api/v1/entries/" + desk.attackedEntry + "/images";
        String before = desk.entryState(desk.attackedEntry);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RawUpload.Answer answer = RawUpload.chunked(gateway, "POST", images, desk.entrant, 15_000_000);
            answers.add(answer.status() + " " + answer.header("Content-Type"));
        }
        System.out.printf("%nOversize chunked uploads, one after another: %s%n", answers);
        assertEquals(Collections.nCopies(8, "413 " + PROBLEM_JSON), answers);
        assertEquals(before, desk.entryState(desk.attackedEntry), "the service answers, and nothing was stored");
    }

    @Test
    void whatStaffAndJudgesDownloadCarriesNoneOfTheEntrantsMetadata() {
        String entry = desk.entry("Identified Pendant", UploadDesk.JUDGED_CATEGORY);
        byte[] jpeg = AttackFiles.jpegCarrying(UploadDesk.ENTRANT_NAME, UploadDesk.ENTRANT_EMAIL);
        byte[] png = AttackFiles.pngCarrying(UploadDesk.ENTRANT_NAME, UploadDesk.ENTRANT_EMAIL);
        byte[] pdf = AttackPdfs.carrying(UploadDesk.ENTRANT_NAME, UploadDesk.ENTRANT_EMAIL);
        assertTrue(identityIn(jpeg) != null && identityIn(png) != null, "the files as sent carry the entrant");
        List<String> inThePdfAsSent = PdfContents.findings(pdf, PERSON);
        for (String carrier : List.of("has /Info", "has /Metadata", "has /PieceInfo", "has /T", "has /XFA",
                "has /JS", "has /AA", "is a JPEG with EXIF", "is a JPEG with XMP")) {
            assertTrue(inThePdfAsSent.stream().anyMatch(finding -> finding.endsWith(carrier)),
                    "the PDF as sent " + carrier + ": " + inThePdfAsSent);
        }
        String jpegImage = desk.uploadImage(entry, "me.jpg", jpeg, "image/jpeg").then().statusCode(201)
                .extract().path("id");
        String pngImage = desk.uploadImage(entry, "me.png", png, "image/png").then().statusCode(201)
                .extract().path("id");
        String pdfImage = desk.uploadImage(entry, "pendant.pdf", pdf, "application/pdf").then().statusCode(201)
                .extract().path("id");
        String round = desk.submitForJudging(entry);
        String nomination = desk.submittedSelfNomination(jpeg);

        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String image : List.of(jpegImage, pngImage, pdfImage)) {
            String judged = "/api/v1/judging/rounds/" + round + "/entries/" + entry + "/images/" + image;
            String reviewed = "/api/v1/review/entries/" + entry + "/images/" + image;
            for (String path : List.of(judged, judged + "/thumbnail", reviewed, reviewed + "/thumbnail")) {
                String caller = path.startsWith("/api/v1/judging") ? desk.judge : desk.staff;
                byte[] file = desk.download(caller, path);
                if (image.equals(pdfImage) && !path.endsWith("/thumbnail")) {
                    checked.add(path);
                    PdfContents.findings(file, PERSON).forEach(finding -> failures.add(path + ": " + finding));
                } else {
                    check(file, path, failures, checked);
                }
            }
        }
        String photo = "/api/v1/review/nominations/" + nomination + "/photo";
        for (String path : List.of(photo, photo + "/thumbnail")) {
            check(desk.download(desk.staff, path), path, failures, checked);
        }
        System.out.printf("%nMetadata carrying the entrant (name, email, GPS in EXIF, XMP, comments, PNG text; in"
                + " PDFs also annotations, /PieceInfo, the photo's EXIF and XMP, scripts, form actions and XFA,"
                + " every object and decoded stream read with PDFBox):"
                + " %d downloads by judges and staff checked, %d carried any of it%n", checked.size(), failures.size());
        failures.forEach(failure -> System.out.println("UNEXPECTED " + failure));
        assertEquals(List.of(), failures);
    }

    @Test
    void bombsTakeTheServiceNoMoreHeapThanANormalPhoto() {
        byte[] photo = AttackFiles.photoOfAbout(5_000_000);
        List<Attack> bombs = bombs();
        long pid = RunningSystem.pidOf(App.COMPETITION);
        long baselineNormal;
        long peakNormal;
        long baselineBombs;
        long peakBombs;
        long max;
        List<String> failures = new ArrayList<>();
        try (HeapWatch heap = HeapWatch.attach(pid)) {
            max = heap.max();
            baselineNormal = heap.startPhase();
            Response normal = desk.uploadImage(desk.scratchEntry, "bench.jpg", photo, "image/jpeg");
            peakNormal = heap.peak();
            assertEquals(201, normal.statusCode(), "a normal photo is taken: " + normal.asString());
            desk.removeImage(desk.scratchEntry, normal.path("id"));

            baselineBombs = heap.startPhase();
            for (Attack bomb : bombs) {
                Outcome outcome = bomb.send().get();
                if (outcome.failure() != null) {
                    failures.add(bomb.name() + " (" + bomb.target() + "): " + outcome.failure());
                }
            }
            peakBombs = heap.peak();
        }
        System.out.printf("%nCompetition service heap (process %d, max %d MiB), each phase after a full GC,"
                        + " peak = sum of the heap pools' peaks:%n"
                        + "  a normal %.1f MB JPEG (3000 x 2000): live before %d MiB, peak %d MiB%n"
                        + "  the %d bomb uploads: live before %d MiB, peak %d MiB%n",
                pid, mib(max), photo.length / 1e6, mib(baselineNormal), mib(peakNormal), bombs.size(),
                mib(baselineBombs), mib(peakBombs));
        failures.forEach(failure -> System.out.println("UNEXPECTED " + failure));
        assertEquals(List.of(), failures);
    }

    /**
     * Small files declaring enormous images, and one whose data really inflates to gigabytes: each refused from its
     * header; a PDF whose page inflates to a gigabyte, refused once its decoding passes the limit. A PNG at the pixel cap whose 180 MB of pixels come from a few hundred kilobytes is a valid photo: it may
     * be taken, decoded at thumbnail resolution.
     */
    private static List<Attack> bombs() {
        byte[] pngHuge = AttackFiles.pngDeclaring(100_000);
        byte[] pngGigabytes = AttackFiles.pngInflatingTo(30_000, 30_000);
        byte[] jpegHuge = AttackFiles.jpegDeclaring(65_500);
        byte[] gifHuge = AttackFiles.gifDeclaringMaximum();
        byte[] pngAtTheCap = AttackFiles.pngInflatingTo(12_000, 5_000);
        byte[] pdfBomb = AttackPdfs.bomb();
        String gigabytes = String.format("PNG 30,000 x 30,000, %.1f MB inflating to 2.7 GB", pngGigabytes.length / 1e6);
        return List.of(
                refusedAsEntryImage("PNG declaring 100,000 x 100,000 (" + pngHuge.length + " B)", pngHuge,
                        "bomb.png", "image/png", 422, "unprocessable"),
                refusedAsPhoto("PNG declaring 100,000 x 100,000 (" + pngHuge.length + " B)", pngHuge,
                        "bomb.png", "image/png", 422, "unprocessable"),
                refusedAsEntryImage(gigabytes, pngGigabytes, "bomb.png", "image/png", 422, "unprocessable"),
                refusedAsPhoto(gigabytes, pngGigabytes, "bomb.png", "image/png", 422, "unprocessable"),
                refusedAsEntryImage("JPEG whose SOF declares 65,500 x 65,500 (" + jpegHuge.length + " B)", jpegHuge,
                        "bomb.jpg", "image/jpeg", 422, "unprocessable"),
                refusedAsPhoto("JPEG whose SOF declares 65,500 x 65,500 (" + jpegHuge.length + " B)", jpegHuge,
                        "bomb.jpg", "image/jpeg", 422, "unprocessable"),
                refusedAsEntryImage("GIF declaring 65,535 x 65,535 (" + gifHuge.length + " B)", gifHuge,
                        "bomb.gif", "image/gif", 415, "unsupported-media-type"),
                refusedAsPhoto("GIF declaring 65,535 x 65,535 (" + gifHuge.length + " B)", gifHuge,
                        "bomb.gif", "image/gif", 415, "unsupported-media-type"),
                refusedAsEntryImage(String.format("PDF of %.1f MB whose page inflates to 1 GiB of operators, as a"
                        + " photo", pdfBomb.length / 1e6), pdfBomb, "ring.pdf", "application/pdf", 422,
                        "unprocessable"),
                harmlessAsEntryImage(String.format("PNG 12,000 x 5,000 (the 60 MP cap), %.2f MB inflating to 180 MB",
                        pngAtTheCap.length / 1e6), pngAtTheCap, "cap.png", "image/png",
                        (stored, thumbnail) -> thumbnailAtMost320(thumbnail)));
    }

    private static List<Attack> spoofsAndPolyglots() {
        byte[] jpeg = AttackFiles.jpeg(320, 240);
        byte[] zip = AttackFiles.zip();
        byte[] pdf = AttackFiles.pdf("");
        byte[] zipMagic = {'P', 'K', 3, 4};
        return List.of(
                refusedAsEntryImage("HTML with a script, named .jpg, sent as image/jpeg", AttackFiles.html(),
                        "ring.jpg", "image/jpeg", 415, "unsupported-media-type"),
                refusedAsPhoto("HTML with a script, named .jpg, sent as image/jpeg", AttackFiles.html(),
                        "me.jpg", "image/jpeg", 415, "unsupported-media-type"),
                refusedAsEntryImage("SVG with a script, named .jpg, sent as image/jpeg", AttackFiles.svgWithScript(),
                        "ring.jpg", "image/jpeg", 415, "unsupported-media-type"),
                refusedAsEntryImage("ZIP named .jpg, sent as image/jpeg", zip, "ring.jpg", "image/jpeg", 415,
                        "unsupported-media-type"),
                refusedAsEntryImage("GIF/JavaScript polyglot named .jpg", AttackFiles.gifJavascriptPolyglot(),
                        "ring.jpg", "image/jpeg", 415, "unsupported-media-type"),
                refusedAsPhoto("PDF named .jpg, sent as image/jpeg (a photo is no PDF)", pdf, "me.jpg",
                        "image/jpeg", 415, "unsupported-media-type"),
                harmlessAsEntryImage("PDF named .jpg, sent as image/jpeg (renderings may be PDFs)", pdf, "ring.jpg",
                        "image/jpeg", (stored, thumbnail) -> startsWith(stored, "%PDF") ? null
                                : "stored as something other than the PDF it is"),
                harmlessAsEntryImage("PDF+ZIP polyglot named .jpg", AttackFiles.concat(pdf, zip), "ring.jpg",
                        "image/jpeg", (stored, thumbnail) -> absent(stored, zipMagic, "the ZIP")),
                harmlessAsEntryImage("PDF opening a script (/OpenAction /JavaScript) named .jpg",
                        AttackFiles.pdfWithScript(), "ring.jpg", "image/jpeg", (stored, thumbnail) -> firstNonNull(
                                absent(stored, AttackFiles.ascii("/JavaScript"), "the script action"),
                                absent(stored, AttackFiles.ascii("/OpenAction"), "the open action"))),
                harmlessAsEntryImage("JPEG+ZIP polyglot (ZIP after the end of image)", AttackFiles.concat(jpeg, zip),
                        "ring.jpg", "image/jpeg", (stored, thumbnail) -> absent(stored, zipMagic, "the ZIP")),
                harmlessAsEntryImage("JPEG/HTML polyglot (script in a comment)", AttackFiles.jpegWithScriptComment(),
                        "ring.jpg", "image/jpeg", (stored, thumbnail) ->
                                absent(stored, AttackFiles.ascii("<script"), "the script")),
                harmlessAsEntryImage("PNG with HTML after IEND", AttackFiles.concat(AttackFiles.png(320, 240),
                                AttackFiles.html()), "ring.png", "image/png", (stored, thumbnail) ->
                                absent(stored, AttackFiles.ascii("<script"), "the script")));
    }

    private static List<Attack> oversizeBodies() {
        URI gateway = URI.create(RunningSystem.gatewayUrl());
        String images = "/api/v1/entries/" + desk.attackedEntry + "/images";
        String photo = "/api/v1/nominations/" + desk.attackedNomination + "/photo";
        return List.of(
                Attack.refused("body declaring 30 MB (gateway limit 20 MiB)", ENTRY, () -> refusedRaw(ENTRY,
                        () -> RawUpload.declared(gateway, "POST", images, desk.entrant, 30_000_000))),
                Attack.refused("body declaring 30 MB (gateway limit 20 MiB)", PHOTO, () -> refusedRaw(PHOTO,
                        () -> RawUpload.declared(gateway, "PUT", photo, desk.entrant, 30_000_000))),
                Attack.refused("body declaring 15 MB (service limit 11 MiB)", ENTRY, () -> refusedRaw(ENTRY,
                        () -> RawUpload.declared(gateway, "POST", images, desk.entrant, 15_000_000))),
                // No length declared: the gateway counts the body as it streams, at the competition's own limit,
                // and breaks it off with 413 problem+json before the service sees more than it takes.
                Attack.refused("chunked body of 25 MB, no length declared", ENTRY, () -> refusedRaw(ENTRY,
                        () -> RawUpload.chunked(gateway, "POST", images, desk.entrant, 25_000_000))),
                Attack.refused("chunked body of 25 MB, no length declared", PHOTO, () -> refusedRaw(PHOTO,
                        () -> RawUpload.chunked(gateway, "PUT", photo, desk.entrant, 25_000_000))),
                refusedAsEntryImage("file of 10 MiB + 1 byte (form within the body limit)",
                        new byte[10 * 1024 * 1024 + 1], "big.jpg", "image/jpeg", 413, "body-too-large"));
    }

    private static List<Attack> truncatedFiles() {
        byte[] jpeg = AttackFiles.truncated(AttackFiles.jpeg(640, 480));
        byte[] png = AttackFiles.truncated(AttackFiles.png(640, 480));
        return List.of(
                refusedAsEntryImage("JPEG cut off halfway", jpeg, "ring.jpg", "image/jpeg", 422, "unprocessable"),
                refusedAsPhoto("JPEG cut off halfway", jpeg, "me.jpg", "image/jpeg", 422, "unprocessable"),
                refusedAsEntryImage("PNG cut off halfway", png, "ring.png", "image/png", 422, "unprocessable"));
    }

    /** A sound PNG under names that point elsewhere: a name is never used, so the file is taken and the name lost. */
    private static List<Attack> pathLikeNames() {
        byte[] png = AttackFiles.png(64, 48);
        String longName = "a".repeat(5_000) + ".png";
        return Stream.of("../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                        "ring.png\0.html", longName)
                .map(name -> harmlessAsEntryImage("file named " + printable(name), png, name, "image/png",
                        (stored, thumbnail) -> null))
                .toList();
    }

    private static Attack refusedAsEntryImage(String name, byte[] file, String fileName, String declaredType,
                                              int status, String problem) {
        return Attack.refused(name, ENTRY, () -> {
            String before = desk.entryState(desk.attackedEntry);
            Response answer = desk.uploadImage(desk.attackedEntry, fileName, file, declaredType);
            String after = desk.entryState(desk.attackedEntry);
            return refusal(answer.statusCode(), answer.contentType(), answer.asString(), status, problem,
                    before.equals(after) ? null : "the entry changed: " + before + " -> " + after);
        });
    }

    private static Attack refusedAsPhoto(String name, byte[] file, String fileName, String declaredType,
                                         int status, String problem) {
        return Attack.refused(name, PHOTO, () -> {
            Response answer = desk.uploadPhoto(desk.attackedNomination, fileName, file, declaredType);
            int photo = desk.nominationPhotoStatus(desk.attackedNomination);
            return refusal(answer.statusCode(), answer.contentType(), answer.asString(), status, problem,
                    photo == 404 ? null : "the nomination has a photo now (GET answered " + photo + ")");
        });
    }

    private static Outcome refusedRaw(String target, Supplier<RawUpload.Answer> send) {
        String before = target.equals(ENTRY) ? desk.entryState(desk.attackedEntry) : null;
        RawUpload.Answer answer = send.get();
        String changed = target.equals(ENTRY)
                ? (before.equals(desk.entryState(desk.attackedEntry)) ? null : "the entry changed")
                : (desk.nominationPhotoStatus(desk.attackedNomination) == 404 ? null : "the nomination has a photo");
        return refusal(answer.status(), answer.header("Content-Type"), answer.body(), 413, "body-too-large", changed);
    }

    private static Outcome refusal(int status, String contentType, String body, int expectedStatus, String problem,
                                   String stored) {
        boolean accepted = status / 100 == 2;
        String type = body.contains(PROBLEMS) ? body.replaceAll("(?s).*\"type\"\\s*:\\s*\"" + PROBLEMS + "([^\"]+)\".*", "$1")
                : "-";
        String answer = status + " " + type;
        String failure = null;
        if (status != expectedStatus || !problem.equals(type)) {
            failure = "expected " + expectedStatus + " " + problem + ", got " + answer + ": " + abbreviate(body);
        } else if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
            failure = "answered as " + contentType + " rather than " + PROBLEM_JSON;
        } else if (stored != null) {
            failure = stored;
        }
        return new Outcome(answer, accepted, failure);
    }

    /**
     * Taken or refused, never a 5xx; when taken, the stored file and its thumbnail (as the entrant downloads them)
     * pass {@code check}, and the answer does not repeat the file's name. The image is removed again afterwards.
     */
    private static Attack harmlessAsEntryImage(String name, byte[] file, String fileName, String declaredType,
                                               BiFunction<byte[], byte[], String> check) {
        return Attack.harmless(name, ENTRY, () -> {
            Response answer = desk.uploadImage(desk.scratchEntry, fileName, file, declaredType);
            int status = answer.statusCode();
            if (status == 201) {
                String image = "/api/v1/entries/" + desk.scratchEntry + "/images/" + answer.path("id");
                String problem = firstNonNull(
                        check.apply(desk.download(desk.entrant, image), desk.download(desk.entrant, image + "/thumbnail")),
                        answer.asString().contains(fileName) ? "the answer repeats the file's name" : null);
                desk.removeImage(desk.scratchEntry, answer.path("id"));
                return new Outcome("201 " + answer.path("mediaType"), true, problem);
            }
            String body = answer.asString();
            boolean problemJson = answer.contentType() != null && answer.contentType().startsWith(PROBLEM_JSON);
            return new Outcome(status + (problemJson ? " problem" : ""), false, status / 100 == 4 && problemJson ? null
                    : "neither taken nor refused with a problem: " + status + " " + abbreviate(body));
        });
    }

    private static void check(byte[] file, String path, List<String> failures, List<String> checked) {
        checked.add(path);
        String found = identityIn(file);
        if (found != null) {
            failures.add(path + " carries " + found);
        }
    }

    /** What of the entrant a downloaded file still carries, or null when nothing. */
    private static String identityIn(byte[] file) {
        return firstNonNull(
                absent(file, AttackFiles.utf8(UploadDesk.ENTRANT_NAME), "the entrant's name"),
                absent(file, AttackFiles.utf8(UploadDesk.ENTRANT_EMAIL), "the entrant's email"),
                absent(file, AttackFiles.ascii("Exif\0\0"), "an EXIF block (with its GPS position)"),
                absent(file, AttackFiles.ascii("eXIf"), "a PNG EXIF chunk (with its GPS position)"),
                absent(file, AttackFiles.ascii("http://ns.adobe.com/xap/1.0/"), "an XMP packet"),
                absent(file, AttackFiles.ascii("tEXt"), "a PNG text chunk"),
                absent(file, AttackFiles.ascii("iTXt"), "a PNG text chunk"));
    }

    private static String thumbnailAtMost320(byte[] thumbnail) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(thumbnail));
            return image != null && Math.max(image.getWidth(), image.getHeight()) <= 320 ? null
                    : "the thumbnail is not a JPEG of at most 320 px";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String absent(byte[] file, byte[] needle, String what) {
        return AttackFiles.contains(file, needle) ? "stored with " + what : null;
    }

    private static boolean startsWith(byte[] file, String prefix) {
        byte[] expected = AttackFiles.ascii(prefix);
        return file.length >= expected.length && Arrays.equals(file, 0, expected.length, expected, 0, expected.length);
    }

    private static String firstNonNull(String... values) {
        return Stream.of(values).filter(value -> value != null).findFirst().orElse(null);
    }

    private static String printable(String name) {
        String shown = name.replace("\0", "\\0");
        return shown.length() > 40 ? shown.substring(0, 12) + "... (" + name.length() + " characters)" : shown;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
