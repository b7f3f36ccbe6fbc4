package org.jewelers.directory.roster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jewelers.contracts.Topics;
import org.jewelers.testing.Infrastructure;
import org.jewelers.testing.Tokens;
import org.jewelers.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** Roster import through the API: bad rows reported by line, the rest applied, and a second run a no-op. */
@QuarkusTest
class RosterImportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CLERK = Tokens.token("roster-clerk", Set.of("staff"), null);

    private final String prefix = RosterCsv.prefix();

    @Test
    void badRowsAreReportedByLineTheRestAppliesAndTheSameFileAgainChangesNothing() {
        String known = createMember(number("KNOWN"));
        String untouched = createMember(number("UNTOUCHED"));
        JsonPath knownBefore = listing(known);
        long untouchedVersion = listing(untouched).getLong("version");

        RosterCsv csv = new RosterCsv()
                .row(number("NEW"))
                .row(number("NEW"), "location_address", "4 Lake Shore Drive", "location_city", "Chicago", "location_zip", "60611")
                .row(number("ZIPLESS"), "location_zip", "00001")
                .row(number("BADSTATE"), "location_state", "Illinois")
                .row(number("BADSERVICE"), "services", "appraisal;teleportation")
                .row(number("NONAME"), "name", "")
                .row(number("HALF"))
                .row(number("HALF"), "location_address", "2 Side Street", "location_zip", "6270")
                .row(number("COORDS"), "location_zip", "00001", "latitude", "39.7817", "longitude", "-89.6501",
                        "time_zone", "America/Chicago")
                .row(number("KNOWN"), "name", "Renamed Jewelers", "standing", "lapsed", "services", "engraving")
                .row(number("KNOWN"), "name", "Renamed Jewelers", "standing", "lapsed", "services", "engraving",
                        "location_address", "9 Second Street", "location_zip", "62702");

        JsonPath first = Imports.finished(Imports.submit(csv.text(), CLERK), PATIENCE);
        assertEquals("done", first.getString("status"));
        assertEquals("roster-clerk", first.getString("submittedBy"));
        assertEquals(11, first.getInt("rowsRead"));
        assertEquals(8, first.getInt("membersInFile"));
        assertEquals(List.of(2, 1, 0, 5), counts(first), first::prettify);
        Map<Integer, String> rejected = rejectedByLine(first);
        assertEquals(List.of(4, 5, 6, 7, 8, 9), List.copyOf(rejected.keySet()));
        assertTrue(rejected.get(4).contains("location_zip: is not a known US ZIP code"), rejected.get(4));
        assertTrue(rejected.get(5).contains("location_state: must be a two-letter state code"), rejected.get(5));
        assertTrue(rejected.get(6).contains("services: 'teleportation' is not a service code"), rejected.get(6));
        assertTrue(rejected.get(7).contains("name: must not be blank"), rejected.get(7));
        assertEquals("not applied: line 9 of the same member has errors", rejected.get(8));
        assertTrue(rejected.get(9).contains("location_zip: must be a five-digit ZIP code"), rejected.get(9));

        JsonPath knownAfter = listing(known);
        assertEquals("Renamed Jewelers", knownAfter.getString("name"));
        assertEquals("lapsed", knownAfter.getString("standing"));
        assertEquals(List.of("engraving"), knownAfter.getList("services"));
        assertEquals(List.of("1 Main Street", "9 Second Street"), knownAfter.getList("locations.address"));
        assertEquals(knownBefore.getString("locations[0].id"), knownAfter.getString("locations[0].id"),
                "a location the file names again is the same location");
        assertEquals(knownBefore.getList("locations[0].hours"), knownAfter.getList("locations[0].hours"),
                "a roster carries no hours, so a location keeps its own");
        assertEquals(untouchedVersion, listing(untouched).getLong("version"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + known + "/history")
                .then().statusCode(200)
                .body("items.findAll { it.actor == 'roster-clerk' }.action",
                        containsInAnyOrder("updated", "standing-changed"))
                .body("items.find { it.action == 'standing-changed' }.reason", equalTo("roster import"));
        Map<String, Long> eventsAfterFirst = eventsPerMember();
        assertEquals(1L, eventsAfterFirst.get(number("NEW")));
        assertEquals(1L, eventsAfterFirst.get(number("COORDS")));
        assertEquals(3L, eventsAfterFirst.get(number("KNOWN")), "joined, updated, standing changed");

        JsonPath second = Imports.finished(Imports.submit(csv.text(), CLERK), PATIENCE);
        assertEquals("done", second.getString("status"));
        assertEquals(List.of(0, 0, 3, 5), counts(second));
        assertEquals(rejected, rejectedByLine(second));
        assertEquals(knownAfter.prettify(), listing(known).prettify(), "not even the version moves");
        assertEquals(eventsAfterFirst, eventsPerMember());
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedNamingThem() {
        List<String> columns = RosterCsv.COLUMNS.stream()
                .filter(c -> !c.equals("location_zip") && !c.equals("services")).toList();
        given().auth().oauth2(Tokens.staff()).contentType("text/csv").body(new RosterCsv().row(number("A")).text(columns))
                .post("/api/v1/roster-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jewelers.example/problems/validation"))
                .body("errors.field", containsInAnyOrder("location_zip", "services"));
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        List<String> columns = RosterCsv.COLUMNS.stream()
                .filter(c -> !Set.of("latitude", "longitude", "time_zone").contains(c)).toList();
        JsonPath report = Imports.finished(Imports.submit(new RosterCsv().row(number("SHORT")).text(columns), CLERK), PATIENCE);
        assertEquals(List.of(1, 0, 0, 0), counts(report));
    }

    @Test
    void onlyStaffImport() {
        given().contentType("text/csv").body("member_number\n").post("/api/v1/roster-imports").then().statusCode(401);
        given().auth().oauth2(Tokens.member("m-1", "6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11")).contentType("text/csv")
                .body("member_number\n").post("/api/v1/roster-imports")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownImportIsNotFound() {
        given().auth().oauth2(Tokens.staff()).get("/api/v1/roster-imports/6f1c1c2e-8d7e-4d7a-9a40-5d2d1f0b9c11")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private String number(String name) {
        return prefix + "-" + name;
    }

    private static String createMember(String number) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("number", number, "name", "Firm " + number, "kind", "retailer",
                        "locations", List.of(Map.of("address", "1 Main Street", "city", "Springfield", "state", "IL",
                                "zip", "62701", "hours", List.of(Map.of("day", 1, "opens", "10:00", "closes", "18:00"))))))
                .post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }

    private static JsonPath listing(String id) {
        return given().auth().oauth2(Tokens.staff()).get("/api/v1/members/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<Integer> counts(JsonPath report) {
        return List.of(report.getInt("created"), report.getInt("updated"), report.getInt("unchanged"), report.getInt("rejected"));
    }

    private static Map<Integer, String> rejectedByLine(JsonPath report) {
        return report.<Map<String, Object>>getList("rejectedRows").stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("line"), r -> (String) r.get("reason"), (a, b) -> a, TreeMap::new));
    }

    /**
     * Events on the members topic by member number. The relay publishes in outbox order, so once a member created
     * afterwards shows, everything before it has been published; reading then up to each partition's end sees it.
     */
    private Map<String, Long> eventsPerMember() {
        String servers = Infrastructure.kafka().bootstrapServers();
        String topic = Topics.DIRECTORY_MEMBERS.name();
        String marker = createMember(number("MARK") + System.nanoTime() % 100_000);
        TopicReader.readUntil(servers, topic, read -> read.stream().anyMatch(r -> marker.equals(r.key())));
        Map<Integer, Long> ends = endOffsets(servers, topic);
        ObjectMapper json = new ObjectMapper();
        return TopicReader.readUntil(servers, topic, read -> ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || read.stream().anyMatch(r -> r.partition() == end.getKey() && r.offset() >= end.getValue() - 1)))
                .stream()
                .map(r -> {
                    try {
                        return json.readTree(r.value()).path("data").path("number").asText();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(n -> n.startsWith(prefix) && !n.startsWith(number("MARK")))
                .collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
    }

    private static Map<Integer, Long> endOffsets(String servers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue));
        }
    }
}
