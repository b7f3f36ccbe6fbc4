package org.jewelers.systemtests.abuse;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jewelers.systemtests.RunningSystem;
import org.jewelers.systemtests.abuse.SteadySearches.Caller;
import org.jewelers.systemtests.abuse.SteadySearches.Phase;
import org.junit.jupiter.api.Test;

/**
 * Abuse isolation: one partner key floods the public member search far past its limit while other partner sites
 * and an anonymous visitor search at a steady rate. The flooder is refused with 429 once its limit is spent, those
 * refusals never reach the directory, and the others keep getting their results. Their latencies beside the same
 * load without the flood are printed, never asserted: on a shared 2-core machine the flooder's own client takes a
 * core, so they measure the machine as much as the gateway.
 */
class SearchFloodIsolationTest {

    private static final String SEARCH = "/api/v1/members?zip=10001&radius=25";
    private static final int FLOODER_PER_MINUTE = 60;
    private static final int FLOOD_CONNECTIONS = 48;
    /** Far above what the steady callers send, so that only the flooder meets its limit. */
    private static final int NEIGHBOUR_PER_MINUTE = 100_000;
    private static final double SEARCHES_PER_SECOND_EACH = 10;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration PHASE = Duration.ofSeconds(15);

    @Test
    void aPartnerFloodingTheSearchIsRefusedWhileOtherSitesKeepTheirResults() throws Exception {
        URI search = URI.create(RunningSystem.gatewayUrl() + SEARCH);
        String flooderKey = partnerKey("Flooding partner", FLOODER_PER_MINUTE);
        SteadySearches others = new SteadySearches(search, List.of(
                Caller.withKey("partner site A", partnerKey("Neighbouring partner A", NEIGHBOUR_PER_MINUTE)),
                Caller.withKey("partner site B", partnerKey("Neighbouring partner B", NEIGHBOUR_PER_MINUTE)),
                Caller.anonymous("anonymous visitor")), SEARCHES_PER_SECOND_EACH);
        long servedBefore = AppMetrics.directorySearchesServed();

        Phase warmUp = others.run(WARM_UP);
        double gatewayCpuAtStart = AppMetrics.gatewayCpuSeconds();
        Phase baseline = others.run(PHASE);
        double gatewayCpuBeforeFlood = AppMetrics.gatewayCpuSeconds();
        Flood flood = Flood.start(search, flooderKey, FLOOD_CONNECTIONS);
        Phase underFlood;
        Flood.Outcome flooded;
        try {
            await("the flooder's first 429").atMost(Duration.ofSeconds(30)).until(() -> flood.refusedSoFar() > 0);
            underFlood = others.run(PHASE);
        } finally {
            flooded = flood.stop();
        }
        double gatewayCpuAfterFlood = AppMetrics.gatewayCpuSeconds();
        long admitted = warmUp.successful() + baseline.successful() + underFlood.successful() + flooded.successful();

        print(baseline, underFlood, flooded, admitted, gatewayCpuBeforeFlood - gatewayCpuAtStart,
                gatewayCpuAfterFlood - gatewayCpuBeforeFlood);
        assertAll(
                () -> assertEquals(List.of(), warmUp.unsuccessful(), "the others' warm-up searches"),
                () -> assertEquals(List.of(), baseline.unsuccessful(), "the others' searches without the flood"),
                () -> assertEquals(List.of(), underFlood.unsuccessful(), "the others' searches during the flood"),
                () -> assertTrue(flooded.refused() > 0, "the flooder was never refused"),
                () -> assertNull(flooded.misshapenRefusal(), "a 429 without problem+json or Retry-After"),
                () -> assertEquals(Map.of(), flooded.otherStatuses(), "the flooder got other answers than 2xx and 429"),
                () -> assertEquals(0, flooded.failures(), "the flooder's requests that got no answer, first: "
                        + flooded.firstFailure()),
                () -> assertTrue(flooded.successful() >= FLOODER_PER_MINUTE
                                && flooded.successful() <= FLOODER_PER_MINUTE * flooded.minuteWindows(),
                        "the flooder was admitted " + flooded.successful() + " times in " + flooded.minuteWindows()
                                + " one-minute windows of " + FLOODER_PER_MINUTE));
        // Refusals are the gateway's own answers: the directory serves exactly the searches that were admitted.
        await("the directory's searches served, beside the 2xx answers").atMost(Duration.ofSeconds(10))
                .until(() -> AppMetrics.directorySearchesServed() - servedBefore, equalTo(admitted));
    }

    private static String partnerKey(String name, int perMinute) {
        return given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "server",
                        "requestsPerMinute", perMinute, "requestsPerDay", 10_000_000))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("secret");
    }

    private static void print(Phase baseline, Phase underFlood, Flood.Outcome flooded, long admitted,
                              double baselineCpu, double floodCpu) {
        // The others search at the same rate in both phases, so the gateway CPU beyond the baseline's is the flood's.
        double cpuMicrosPerRefusal = (floodCpu - baselineCpu * flooded.seconds() / PHASE.toSeconds()) * 1e6
                / flooded.refused();
        System.out.printf("""
                        Search flood isolation (%s), GET %s through the gateway
                          others: 2 partner keys and 1 anonymous visitor, %.0f searches/s each, open model
                          baseline    (%ds): %d searches, %d 2xx; %s
                          under flood (%ds): %d searches, %d 2xx; %s
                          others' p99 under flood / baseline: %.2f
                          flooder: %d connections, limit %d/min, %.1f s: sent %d (%.0f/s), 2xx %d, 429 %d, \
                        other %s, no answer %d
                          gateway CPU: %.2f s in the baseline, %.2f s during the flood, about %.0f µs per refusal
                          searches admitted by the gateway, and served by the directory, during the test: %d
                        """, LocalDate.now(), SEARCH, SEARCHES_PER_SECOND_EACH,
                PHASE.toSeconds(), baseline.count(), baseline.successful(), baseline.latencies(),
                PHASE.toSeconds(), underFlood.count(), underFlood.successful(), underFlood.latencies(),
                underFlood.latencies().percentile(99) / baseline.latencies().percentile(99),
                FLOOD_CONNECTIONS, FLOODER_PER_MINUTE, flooded.seconds(), flooded.sent(),
                flooded.sent() / flooded.seconds(), flooded.successful(), flooded.refused(), flooded.otherStatuses(),
                flooded.failures(), baselineCpu, floodCpu, cpuMicrosPerRefusal, admitted);
    }
}
