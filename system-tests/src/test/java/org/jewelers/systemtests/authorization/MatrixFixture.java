package org.jewelers.systemtests.authorization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.jewelers.devstack.DevTokens;
import org.jewelers.systemtests.RunningSystem;

/**
 * The objects the matrix's requests name, made for it through the gateway as their owners would make them, so that
 * no request touches the demo data: five firms (X, whose member and entrants are the matrix's callers; Y, the other
 * firm; Z and W, which staff change and retire; one that has left), CASE Awards and 20 Under 40 editions, entries
 * in every state the routes need, a pre-judging round with assigned judges, fees (a paid checkout), nominations, articles, a career
 * profile, a program, jobs, a roster import and an API key. Built once per test JVM.
 */
public final class MatrixFixture {

    static final String ENTRANT = "matrix-entrant";
    static final String JUDGE = "matrix-judge";
    static final String CONFLICTED_JUDGE = "matrix-conflicted-judge";
    /**
     * The CASE edition's categories, one band each: a firm may have one entry per category and four in all, so
     * firm X's four entries that reach a submit each take their own. Judges are assigned the first two.
     */
    static final String CATEGORY = "retailer-up-to-2000";
    static final String RECUSAL_CATEGORY = "retailer-rings";
    static final String WITHDRAWAL_CATEGORY = "retailer-brooches";
    static final String SUBMIT_CATEGORY = "retailer-pendants";
    /** Years of the test's own editions, apart from the demo's (next year) and other system tests'. */
    static final int CASE_YEAR = 2188;
    static final int SPARE_CASE_YEAR = 2187;
    static final int NEW_CASE_YEAR = 2186;

    private static final Pattern NAMED_OBJECT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/api/v1/notices/unsubscribe/([A-Za-z0-9_.-]+)");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static MatrixFixture built;
    private static RuntimeException failure;

    /** Firm X, the firm concerned, and firm Y, another firm. */
    record Firms(String x, String y) {
    }

    private final Map<String, String> ids = new HashMap<>();
    /**
     * Objects that exist only once rows above have run (the piece of a finalist confirmed by a row), read when a row
     * first names them and kept once they exist. Named before (the fuzzer resolves every row up front), they stand
     * for objects that are not there: a well-formed code or id nothing carries.
     */
    private final Map<String, Supplier<Optional<String>>> later = Map.of(
            "scanCode", () -> custody().map(piece -> piece.getString("scanCode")),
            "custodyPhoto", () -> custody().map(piece -> piece.getString("photos[0].id")));
    private final Map<String, String> notYet = Map.of("scanCode", "0".repeat(32),
            "custodyPhoto", "00000000-0000-4000-8000-000000000000");
    private final DevTokens dev = RunningSystem.tokens();
    private final String staff = dev.staff();
    private final LocalDate today = LocalDate.now();
    private Firms firms;
    private Callers callers;

    private MatrixFixture() {
    }

    /** The fixture, built on first use; a build that failed is reported again rather than retried over its remains. */
    public static synchronized MatrixFixture get() {
        if (failure != null) {
            throw new IllegalStateException("the matrix's objects could not be made", failure);
        }
        if (built == null) {
            try {
                long started = System.nanoTime();
                MatrixFixture fixture = new MatrixFixture();
                fixture.build();
                built = fixture;
                System.out.printf("authorization matrix: %d objects made for it in %.1f s%n", fixture.ids.size(),
                        (System.nanoTime() - started) / 1e9);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return built;
    }

    public Callers callers() {
        return callers;
    }

    Firms firms() {
        return firms;
    }

    LocalDate today() {
        return today;
    }

    /** The request of a table with each {@code {name}} replaced by the id of the object so named. */
    public String resolve(String request) {
        Matcher named = NAMED_OBJECT.matcher(request);
        StringBuilder resolved = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(resolved, Matcher.quoteReplacement(id(named.group(1))));
        }
        return named.appendTail(resolved).toString();
    }

    /** The id (or slug, or token) the tables call {@code name}. */
    String id(String name) {
        if (!ids.containsKey(name) && later.containsKey(name)) {
            Optional<String> made = later.get(name).get().filter(Objects::nonNull);
            if (made.isEmpty()) {
                return notYet.get(name);
            }
            name(name, made.get());
        }
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("the fixture has no object named " + name + "; it has " + ids.keySet());
        }
        return id;
    }

    /**
     * Partner A (the matrix's partner caller) and B, a key and a webhook of each, a webhook of B's for the delete row,
     * and two partners for the merge row.
     */
    private void partners() {
        for (String partner : List.of("partnerA", "partnerB", "mergedPartner", "mergeTarget")) {
            name(partner, json(staff, "/api/v1/partners", Bodies.partner("Matrix " + partner), 201).getString("id"));
        }
        name("partnerKey", json(staff, "/api/v1/api-keys", Bodies.apiKey("Matrix key of A", id("partnerA")), 201)
                .getString("key.id"));
        name("otherPartnerKey", json(staff, "/api/v1/api-keys", Bodies.apiKey("Matrix key of B", id("partnerB")),
                201).getString("key.id"));
        name("webhookA", json(staff, "/api/v1/webhooks", Bodies.webhook(id("partnerA")), 201).getString("webhook.id"));
        name("webhookB", json(staff, "/api/v1/webhooks", Bodies.webhook(id("partnerB")), 201).getString("webhook.id"));
        name("doomedWebhook", json(staff, "/api/v1/webhooks", Bodies.webhook(id("partnerB")), 201)
                .getString("webhook.id"));
    }

    /** The matrix's finalist piece as staff see it, once a row has confirmed it a finalist. */
    private Optional<JsonPath> custody() {
        ExtractableResponse<Response> piece = send(staff).get("/api/v1/review/entries/" + id("judgedEntry")
                + "/custody").then().extract();
        return piece.statusCode() == 200 ? Optional.of(piece.jsonPath()) : Optional.empty();
    }

    private void name(String name, String id) {
        if (id == null) {
            throw new IllegalStateException("setting up the matrix: no id came back for " + name);
        }
        ids.put(name, id);
    }

    private void build() {
        firms = new Firms(firm("JA-710301", "Matrix Firm X Jewelers"), firm("JA-710302", "Matrix Firm Y Jewelers"));
        name("firmX", firms.x());
        name("firmY", firms.y());
        name("firmZ", firm("JA-710303", "Matrix Firm Z Jewelers"));
        name("firmW", firm("JA-710304", "Matrix Firm W Jewelers"));
        String gone = firm("JA-710305", "Matrix Firm Gone Jewelers");
        json(staff, "/api/v1/members/" + gone + "/leave", Map.of("reason", "Retired"), 200);
        name("firmGone", gone);
        partners();
        callers = new Callers(dev, firms, id("partnerA"));
        competition();
        fees();
        nominations();
        notices();
        careers();
        name("rosterImport", post(staff, "/api/v1/roster-imports", spec -> spec.contentType("text/csv")
                .body(Bodies.rosterCsv("JA-710310")), 202).getString("id"));
        name("apiKey", post(staff, "/api/v1/api-keys", spec -> spec.contentType(ContentType.JSON)
                .body(Bodies.apiKey("Matrix key to revoke")), 201).getString("key.id"));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        name("unknownConsentToken", Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        // An unsubscribe link as the service writes them (kind and address, then a signature), signed by no key of it.
        name("forgedUnsubscribeToken", Base64.getUrlEncoder().withoutPadding().encodeToString(
                "broadcast\nmatrix-forged@example.com".getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        // An id no object has, for public reads of objects the matrix never publishes (a published honoree).
        name("unknownId", UUID.randomUUID().toString());
    }

    private void competition() {
        name("caseEdition", json(staff, "/api/v1/editions", Bodies.caseEdition(CASE_YEAR, today), 201).getString("id"));
        name("spareEdition", json(staff, "/api/v1/editions", Bodies.caseEdition(SPARE_CASE_YEAR, today), 201).getString("id"));
        String entrant = dev.mint(ENTRANT, "entrant", firms.x());
        String rival = dev.mint("matrix-entrant-y", "entrant", firms.y());

        String draft = entry(entrant, "Draft Ring", SUBMIT_CATEGORY);
        name("draftEntry", draft);
        name("draftImage", image(entrant, draft));
        name("imageToDelete", image(entrant, draft));
        name("entryToDelete", entry(entrant, "Abandoned Brooch", SUBMIT_CATEGORY));
        String toSubmit = entry(entrant, "Ready Bangle", SUBMIT_CATEGORY);
        image(entrant, toSubmit);
        name("entryToSubmit", toSubmit);
        // The first submit of each firm waits until the competition has heard of the firm from the directory.
        name("entryToWithdraw", submittedEntry(entrant, "Second Thoughts Brooch", WITHDRAWAL_CATEGORY, null));
        name("judgedEntry", submittedEntry(entrant, "Judged Locket", CATEGORY, "judgedImage"));
        name("entryToRecuse", submittedEntry(entrant, "Recused Ring", RECUSAL_CATEGORY, null));
        name("rivalEntry", submittedEntry(rival, "Rival Tiara", CATEGORY, "rivalImage"));
        for (String accepted : List.of("judgedEntry", "entryToRecuse", "rivalEntry")) {
            json(staff, "/api/v1/review/entries/" + id(accepted) + "/screening", Map.of("eligible", true), 200);
        }

        Instant now = Instant.now();
        name("prejudging", json(staff, "/api/v1/rounds", Map.of("editionId", id("caseEdition"),
                "stage", "pre-judging", "opens", now.minus(Duration.ofHours(1)).toString(),
                "closes", now.plus(Duration.ofDays(7)).toString()), 201).getString("id"));
        name("finals", json(staff, "/api/v1/rounds", Map.of("editionId", id("caseEdition"), "stage", "finals",
                "opens", now.plus(Duration.ofDays(10)).toString(), "closes", now.plus(Duration.ofDays(20)).toString()),
                201).getString("id"));
        // Rounds assign only the judges on the edition's roster.
        name("judgeToRemove", "matrix-judge-to-remove");
        for (String judge : List.of(JUDGE, CONFLICTED_JUDGE, id("judgeToRemove"))) {
            // 201 on a fresh stack, 200 when the fixture runs again against the same one.
            send(staff).contentType(ContentType.JSON).body(Map.of("name", "Matrix " + judge, "email", judge + "@judges.example"))
                    .put("/api/v1/editions/" + id("caseEdition") + "/judges/" + judge).then()
                    .statusCode(anyOf(is(200), is(201)));
        }
        for (String category : List.of(CATEGORY, RECUSAL_CATEGORY)) {
            json(staff, "/api/v1/rounds/" + id("prejudging") + "/assignments",
                    Map.of("category", category, "judge", JUDGE), 200);
        }
        // Ties are declared before the judge is shown entries; the assignment then leaves firm Y's entry out.
        put(dev.mint(CONFLICTED_JUDGE, "judge", null), "/api/v1/judging/conflicts",
                Map.of("memberIds", List.of(firms.y())), 200);
        json(staff, "/api/v1/rounds/" + id("prejudging") + "/assignments",
                Map.of("category", CATEGORY, "judge", CONFLICTED_JUDGE), 200);
    }

    /**
     * Fees on the spare edition, to which no other row submits: a draft for the checkout row, one for staff to waive,
     * and one paid for on the Stripe stub's hosted page (its form posted as the entrant's browser would) for the
     * checkout and refund rows.
     */
    private void fees() {
        String edition = id("spareEdition");
        send(staff).contentType(ContentType.JSON).body(Map.of("fees", Map.of("entryCents", 5000)))
                .patch("/api/v1/editions/" + edition).then().statusCode(200);
        String entrant = dev.mint(ENTRANT, "entrant", firms.x());
        name("feeDraft", json(entrant, "/api/v1/entries", Bodies.entry(edition, "Unpaid Bangle", CATEGORY), 201)
                .getString("id"));
        name("entryToWaive", json(entrant, "/api/v1/entries", Bodies.entry(edition, "Waived Ring", RECUSAL_CATEGORY),
                201).getString("id"));
        String paid = json(entrant, "/api/v1/entries", Bodies.entry(edition, "Paid Brooch", WITHDRAWAL_CATEGORY), 201)
                .getString("id");
        JsonPath checkout = json(entrant, "/api/v1/checkouts", Map.of("entries", List.of(paid)), 201);
        String checkoutId = checkout.getString("id");
        HttpResponse<String> paying;
        try {
            paying = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(checkout.getString("payUrl")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("setting up the matrix: the pay page did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("setting up the matrix: interrupted while paying", e);
        }
        if (paying.statusCode() != 303) {
            throw new IllegalStateException("setting up the matrix: the pay page answered " + paying.statusCode()
                    + ": " + paying.body());
        }
        await().atMost(PATIENCE).until(() -> "completed".equals(send(entrant).get("/api/v1/checkouts/" + checkoutId)
                .then().extract().path("status")));
        name("paidCheckout", checkoutId);
    }

    private void nominations() {
        name("twentyEdition", twentyUnderFortyEdition());
        String entrant = dev.mint(ENTRANT, "entrant", firms.x());
        String draft = json(entrant, "/api/v1/nominations", Bodies.colleagueNomination(id("twentyEdition")), 201).getString("id");
        portrait(entrant, draft);
        name("draftNomination", draft);
        name("nominationToDelete", json(entrant, "/api/v1/nominations",
                Bodies.colleagueNomination(id("twentyEdition")), 201).getString("id"));
        name("nominationToSubmit", selfNomination(entrant));

        String nominee = dev.mint("matrix-nominee", "entrant", firms.x());
        String submitted = selfNomination(nominee);
        eventually(() -> send(nominee).post("/api/v1/nominations/" + submitted + "/submit"), 200,
                () -> "submitted".equals(send(nominee).get("/api/v1/nominations/" + submitted).path("status")));
        json(staff, "/api/v1/review/nominations/" + submitted + "/screening", Map.of("eligible", true), 200);
        name("submittedNomination", submitted);
        name("dossier", send(staff).get("/api/v1/review/nominations/" + submitted).then().statusCode(200)
                .extract().jsonPath().getString("dossierId"));
    }

    /**
     * A broadcast to the CASE edition's draft holders (the matrix entrant, owner of its drafts), and the one-click
     * unsubscribe link the message carries, read off the stack's mailbox.
     */
    private void notices() {
        name("broadcast", json(staff, "/api/v1/review/editions/" + id("caseEdition") + "/broadcasts",
                Bodies.broadcast(), 202).getString("id"));
        String address = ENTRANT + "@dev.jewelers.example";
        AtomicReference<String> link = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            List<String> links = given().queryParam("to", address).get(RunningSystem.mailboxUrl()).then()
                    .statusCode(200).extract().jsonPath().getList("findAll { it.subject == '"
                            + Bodies.BROADCAST_SUBJECT + "' }.listUnsubscribe");
            links.stream().filter(Objects::nonNull).findFirst().ifPresent(link::set);
            return link.get() != null;
        });
        Matcher token = UNSUBSCRIBE_LINK.matcher(link.get());
        if (!token.find()) {
            throw new IllegalStateException("setting up the matrix: no unsubscribe link in " + link.get());
        }
        name("unsubscribeToken", token.group(1));
    }

    private void careers() {
        name("draftArticle", article("Matrix draft article"));
        name("articleToSubmit", article("Matrix article to submit"));
        String toPublish = article("Matrix article to publish");
        send(staff).post("/api/v1/articles/" + toPublish + "/submit").then().statusCode(200);
        name("articleToPublish", toPublish);
        name("articleToArchive", publishedArticle("Matrix article to archive").getString("id"));
        name("publishedArticleSlug", publishedArticle("Matrix published article").getString("slug"));
        name("careerProfile", json(staff, "/api/v1/career-profiles", Bodies.careerProfile("matrix-profile"), 201)
                .getString("slug"));
        name("program", json(staff, "/api/v1/programs", Bodies.program(), 201).getString("id"));

        String member = dev.mint("matrix-member", "member", firms.x());
        Map<String, Object> job = Bodies.job(null, today);
        // Careers learns of the firm from the directory's events; until then it cannot vouch for the employer.
        name("openJob", eventually(() -> send(member).contentType(ContentType.JSON).body(job)
                .post("/api/v1/jobs"), 201).getString("id"));
        String closed = json(member, "/api/v1/jobs", job, 201).getString("id");
        send(member).contentType(ContentType.JSON).body(Map.of("closeReason", "filled"))
                .patch("/api/v1/jobs/" + closed).then().statusCode(200);
        name("closedJob", closed);
    }

    /** Another suite opens 20 Under 40 editions in random years of its own; a year it holds is skipped. */
    private String twentyUnderFortyEdition() {
        for (int year = CASE_YEAR; year > CASE_YEAR - 20; year--) {
            ExtractableResponse<Response> answer = send(staff).contentType(ContentType.JSON)
                    .body(Bodies.twentyUnderFortyEdition(year, today)).post("/api/v1/editions").then().extract();
            if (answer.statusCode() == 201) {
                return answer.path("id");
            }
            if (answer.statusCode() != 409) {
                throw new IllegalStateException("setting up the matrix: a 20 Under 40 edition answered "
                        + answer.statusCode() + ": " + answer.body().asString());
            }
        }
        throw new IllegalStateException("setting up the matrix: every year from " + (CASE_YEAR - 19) + " to "
                + CASE_YEAR + " already has a 20 Under 40 edition");
    }

    private String firm(String number, String name) {
        return json(staff, "/api/v1/members", Bodies.member(number, name), 201).getString("id");
    }

    private String entry(String entrant, String title, String category) {
        return json(entrant, "/api/v1/entries", Bodies.entry(id("caseEdition"), title, category), 201).getString("id");
    }

    private String image(String entrant, String entry) {
        return post(entrant, "/api/v1/entries/" + entry + "/images", Bodies::photo, 201).getString("id");
    }

    /** A complete entry, submitted once the competition knows the entrant's firm; its image named if asked. */
    private String submittedEntry(String entrant, String title, String category, String imageName) {
        String entry = entry(entrant, title, category);
        String image = image(entrant, entry);
        if (imageName != null) {
            name(imageName, image);
        }
        // Under a key, a submit that took effect but whose answer was lost answers its receipt again when repeated.
        eventually(() -> send(entrant).contentType(ContentType.JSON).header("Idempotency-Key", "matrix-" + entry)
                .body(Map.of()).post("/api/v1/entries/" + entry + "/submit"), 200);
        return entry;
    }

    private String selfNomination(String entrant) {
        String nomination = json(entrant, "/api/v1/nominations",
                Bodies.selfNomination(id("twentyEdition"), today), 201).getString("id");
        portrait(entrant, nomination);
        return nomination;
    }

    private void portrait(String entrant, String nomination) {
        send(entrant).multiPart("file", "portrait.png", Bodies.png(), "image/png")
                .put("/api/v1/nominations/" + nomination + "/photo").then().statusCode(200);
    }

    private String article(String title) {
        return json(staff, "/api/v1/articles", Bodies.article(title), 201).getString("id");
    }

    private JsonPath publishedArticle(String title) {
        String id = article(title);
        send(staff).post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        return json(staff, "/api/v1/articles/" + id + "/publish", Map.of(), 200);
    }

    /**
     * Repeats a request until it answers the status: a service learns of a new firm from the directory's events, and
     * refuses what needs the firm until then. On timeout, says what it was answered.
     */
    private static JsonPath eventually(Supplier<Response> request, int status) {
        return eventually(request, status, () -> false);
    }

    /** As above, but also done when {@code tookEffect}: a repeat of a request whose answer was lost is refused. */
    private static JsonPath eventually(Supplier<Response> request, int status, BooleanSupplier tookEffect) {
        AtomicReference<ExtractableResponse<Response>> last = new AtomicReference<>();
        Set<Integer> seen = new TreeSet<>();
        try {
            await().atMost(PATIENCE).until(() -> {
                last.set(request.get().then().extract());
                seen.add(last.get().statusCode());
                return last.get().statusCode() == status || tookEffect.getAsBoolean();
            });
        } catch (ConditionTimeoutException e) {
            ExtractableResponse<Response> answer = last.get();
            throw new IllegalStateException("setting up the matrix: still no " + status + " after " + PATIENCE
                    + " (answers seen: " + seen + "); the last was " + (answer == null ? "none"
                    : answer.statusCode() + " " + answer.body().asString()), e);
        }
        return last.get().jsonPath();
    }

    private JsonPath json(String token, String path, Object body, int status) {
        return post(token, path, spec -> spec.contentType(ContentType.JSON).body(body), status);
    }

    private void put(String token, String path, Object body, int status) {
        send(token).contentType(ContentType.JSON).body(body).put(path).then().statusCode(status);
    }

    private JsonPath post(String token, String path, UnaryOperator<RequestSpecification> body, int status) {
        ExtractableResponse<Response> answer = body.apply(send(token)).post(path).then().extract();
        if (answer.statusCode() != status) {
            throw new IllegalStateException("setting up the matrix: POST " + path + " answered " + answer.statusCode()
                    + " (expected " + status + "): " + answer.body().asString());
        }
        return answer.jsonPath();
    }

    private static RequestSpecification send(String token) {
        return given().spec(RunningSystem.gateway()).auth().oauth2(token);
    }
}
