package org.jewelers.systemtests.abuse;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import org.jewelers.devstack.App;
import org.jewelers.systemtests.RunningSystem;

/** Figures read from an app's own Prometheus metrics, on its management interface. */
final class AppMetrics {

    private AppMetrics() {
    }

    /** The member searches the directory has answered since it started, whatever their status. */
    static long directorySearchesServed() {
        return (long) sum(App.DIRECTORY, "http_server_requests_seconds_count", "method=\"GET\"",
                "uri=\"/api/v1/members\"");
    }

    /** CPU time the gateway's JVM has used since it started, in seconds. */
    static double gatewayCpuSeconds() {
        return sum(App.GATEWAY, "process_cpu_time_ns_total") / 1e9;
    }

    /** The sum of a metric's samples whose labels include every one given. */
    private static double sum(App app, String metric, String... labels) {
        String text = given().get(RunningSystem.metricsUrl(app)).then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                // The value follows the name and labels; an exemplar (trace id, value, time) may follow it.
                .mapToDouble(line -> Double.parseDouble(
                        line.substring(line.contains("} ") ? line.indexOf("} ") + 2 : metric.length() + 1)
                                .split(" ")[0]))
                .sum();
    }
}
