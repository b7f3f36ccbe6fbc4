package org.jewelers.web.ids;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import org.jewelers.web.problem.ProblemException;

/**
 * A malformed id in a path is the client's mistake (400 malformed-id), not a missing resource: JAX-RS would
 * otherwise answer 404 for a path parameter it cannot convert.
 */
@Provider
public class UuidParamConverters implements ParamConverterProvider {

    private static final ParamConverter<UUID> UUIDS = new ParamConverter<>() {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.malformedId(value);
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) UUIDS : null;
    }
}
