package org.jewelers.web.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives a parameter's default and example the type of its schema. JAX-RS writes every default as a string
 * ({@code @DefaultValue("20")}) and a repeatable parameter's example is one value, which the document would otherwise
 * carry as they are: a string default of an integer, a string example of an array, which validators refuse and
 * generated clients mistype.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static void typed(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getType() == null) {
            return;
        }
        schema.setDefaultValue(typed(schema, schema.getDefaultValue()));
        parameter.setExample(typed(schema, parameter.getExample()));
    }

    private static Object typed(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (schema.getType().contains(Schema.SchemaType.ARRAY)) {
            return value instanceof List<?> ? value
                    : List.of(schema.getItems() == null || schema.getItems().getType() == null ? value
                            : typed(schema.getItems(), value));
        }
        if (value instanceof String text && (schema.getType().contains(Schema.SchemaType.INTEGER)
                || schema.getType().contains(Schema.SchemaType.NUMBER))) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
        return value;
    }
}
