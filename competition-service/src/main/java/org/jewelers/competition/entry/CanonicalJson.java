package org.jewelers.competition.entry;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.apache.commons.codec.digest.DigestUtils;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 (JSON Canonicalization Scheme) by the RFC authors' own Java implementation
 * (io.github.erdtman:java-json-canonicalization, Apache 2.0). It has not been released since 2020, which for a
 * fixed RFC is no warning sign; CanonicalJsonTest pins it to the RFC's vectors and to a receipt that the
 * hand-written canonicalizer it replaced issued. A plain mapper, not the app's, writes the value as JSON text in
 * any member order, and the library reads that text back and writes it canonically: members sorted by UTF-16 code
 * units, no whitespace, the RFC's string escapes, numbers as ECMAScript writes them. NaN and infinities are no JSON
 * and are refused. Integers beyond 2^53 become the nearest double, as the RFC says (the code before wrote their
 * digits; only a retail value above 90 trillion dollars could have told the two apart).
 */
final class CanonicalJson {

    private static final ObjectMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

    private CanonicalJson() {
    }

    static String write(Object value) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(value)).getEncodedString();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a canonical JSON value: " + value, e);
        }
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
