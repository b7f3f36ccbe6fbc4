package org.jewelers.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void extensionMembersFollowTheStandardOnesInTheOrderAdded() throws Exception {
        ProblemException refusal = new ProblemException(ProblemType.UNPROCESSABLE, "10 today",
                List.of(new Problem.FieldError("email", "was sent too often")))
                .with("quota", Map.of("name", "per-day"))
                .with("deadline", null)
                .with("attempts", 10);

        assertEquals("{\"type\":\"https://jewelers.example/problems/unprocessable\","
                        + "\"title\":\"Unprocessable request\",\"status\":422,\"detail\":\"10 today\","
                        + "\"instance\":\"/api/v1/things\","
                        + "\"errors\":[{\"field\":\"email\",\"message\":\"was sent too often\"}],"
                        + "\"quota\":{\"name\":\"per-day\"},\"attempts\":10}",
                json.writeValueAsString(refusal.problem("/api/v1/things")));
    }

    @Test
    void aProblemWithoutMembersKeepsItsShape() throws Exception {
        assertEquals("{\"type\":\"https://jewelers.example/problems/conflict\",\"title\":\"Conflict\","
                        + "\"status\":409,\"detail\":\"taken\"}",
                json.writeValueAsString(ProblemException.conflict("taken").problem(null)));
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        Response answer = new ProblemMappers().problem(new ProblemException(ProblemType.UNAVAILABLE, "busy")
                .retryAfter(Duration.ofMillis(1500)), null);

        assertEquals(503, answer.getStatus());
        assertEquals("2", String.valueOf(answer.getHeaders().getFirst("Retry-After")));
        assertNull(new ProblemMappers().problem(ProblemException.conflict("taken"), null).getHeaders()
                .getFirst("Retry-After"));
    }
}
