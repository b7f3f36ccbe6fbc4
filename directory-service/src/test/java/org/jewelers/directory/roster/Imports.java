package org.jewelers.directory.roster;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.jewelers.testing.Tokens;

/** Uploads rosters and follows their jobs through the API, as staff would. */
final class Imports {

    private Imports() {
    }

    /** Uploads the file; answers the address of its job. */
    static String submit(String csv, String token) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv)
                .post("/api/v1/roster-imports")
                .then().statusCode(202).extract().header("Location");
    }

    /** Waits until the job has finished, one way or the other; answers its report. */
    static JsonPath finished(String job, Duration patience) {
        return await().atMost(patience).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(Tokens.staff()).get(job).then().statusCode(200).extract().jsonPath(),
                        report -> List.of("done", "failed").contains(report.getString("status")));
    }
}
