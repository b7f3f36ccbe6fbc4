package org.jewelers.web.jsonld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes every {@code application/ld+json} answer so that a page may paste it into a
 * {@code <script type="application/ld+json">} element as it comes: in every string, {@code <}, {@code >} and
 * {@code &} (which could end the element or open a comment in it) and U+2028 and U+2029 (line ends to older
 * JavaScript parsers) are written as JSON unicode escapes, which JSON reads back as the same characters.
 */
@Provider
@Produces(ScriptSafeJsonLdWriter.MEDIA_TYPE)
public class ScriptSafeJsonLdWriter implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final MediaType JSON_LD = MediaType.valueOf(MEDIA_TYPE);

    private final ObjectWriter writer;

    ScriptSafeJsonLdWriter(ObjectMapper json) {
        this.writer = json.writer().with(new ScriptSafeEscapes());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JSON_LD.isCompatible(mediaType) && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        writer.writeValue(entityStream, entity);
    }

    /** JSON's standard escapes plus the characters that mean something to HTML or JavaScript around the JSON. */
    static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
