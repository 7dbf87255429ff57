package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.validation.crd.FieldError.Type;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric constraints of the OpenAPI validator: {@code multipleOf}, {@code maximum}, {@code minimum}. An integer
 * value is compared with integer bounds (printed as integers), a number with float bounds (printed as Go's
 * {@code %v}).
 */
final class Numbers {

    private Numbers() {}

    static List<FieldError> check(YamlScalar scalar, Schema schema, String name) {
        boolean integer = scalar.kind() == YamlScalar.Kind.INT;
        double value = Double.parseDouble(scalar.text());
        List<FieldError> errors = new ArrayList<>();
        if (schema.multipleOf != null && schema.multipleOf > 0 && !isMultiple(scalar.text(), schema.multipleOf)) {
            errors.add(error(scalar, name, "should be a multiple of " + bound(schema.multipleOf, integer)));
        }
        if (schema.maximum != null
                && (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)) {
            String relation = schema.exclusiveMaximum ? "less than " : "less than or equal to ";
            errors.add(error(scalar, name, "should be " + relation + bound(schema.maximum, integer)));
        }
        if (schema.minimum != null
                && (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)) {
            String relation = schema.exclusiveMinimum ? "greater than " : "greater than or equal to ";
            errors.add(error(scalar, name, "should be " + relation + bound(schema.minimum, integer)));
        }
        return errors;
    }

    private static boolean isMultiple(String value, double factor) {
        BigDecimal quotient = new BigDecimal(value).divide(new BigDecimal(Double.toString(factor)),
                MathContext.DECIMAL64);
        return quotient.stripTrailingZeros().scale() <= 0;
    }

    private static String bound(double bound, boolean integer) {
        return integer ? Long.toString((long) bound) : GoText.formatFloat(bound);
    }

    private static FieldError error(YamlScalar scalar, String name, String problem) {
        return new FieldError(Type.INVALID, name, GoText.value(scalar), name + " in body " + problem);
    }
}
