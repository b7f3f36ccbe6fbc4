package org.jewelers.competition.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical JSON against RFC 8785's own vectors, and against a receipt the code before it issued. */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void writesEachVectorAsTheRfcDoes(String name) throws IOException {
        // Read as text: Jackson's byte parser refuses the escaped surrogate pair of a member name in "weird".
        Object value = JSON.readValue(text("rfc8785/input/" + name + ".json"), Object.class);
        assertEquals(text("rfc8785/output/" + name + ".json"), CanonicalJson.write(value));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void writesNumbersAsEcmaScriptDoes(String bits, String expected) {
        double number = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        if (expected.isEmpty()) {
            assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of(number)));
        } else {
            assertEquals("[" + expected + "]", CanonicalJson.write(List.of(number)));
        }
    }

    @Test
    void aReceiptIssuedByTheCodeOf31b9cf6StillVerifies() throws IOException {
        JsonNode receipt = JSON.readTree(resource("receipt-issued-by-31b9cf6.json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> form = JSON.convertValue(receipt.get("form"), LinkedHashMap.class);
        String canonical = CanonicalJson.write(form);
        assertEquals(receipt.get("canonical").asText(), canonical);
        assertEquals(receipt.get("sha256").asText(), CanonicalJson.sha256(canonical));
    }

    @Test
    void integersArePlainDigits() {
        assertEquals("{\"retailValueCents\":185000,\"zero\":0}",
                CanonicalJson.write(Map.of("zero", 0, "retailValueCents", 185_000L)));
    }

    static Stream<Arguments> numbers() throws IOException {
        return text("rfc8785/numbers.csv").lines()
                .map(line -> line.split(",", -1))
                .map(columns -> Arguments.of(columns[0], columns[1]));
    }

    private static String text(String path) throws IOException {
        return new String(resource(path), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
