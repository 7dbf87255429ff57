package io.pilothouse.model.validation.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Rule;

/**
 * The OpenAPI constraints on one scalar value (a feature's value, its items' or its map values'): {@code enum},
 * {@code minLength}, {@code maxLength}, {@code pattern}, {@code minimum}, {@code maximum}, read once from the
 * annotations with a key prefix ({@code ""}, {@code items.}, {@code values.}). Patterns that Java cannot compile
 * are left out.
 */
record ValueConstraints(List<String> enumValues, Integer minLength, Integer maxLength, Pattern pattern,
        String minimum, String maximum) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A finding on one value: the rule, upstream's message and the fix, if there is one. */
    record Violation(Rule rule, String message, Fix fix) {

        Violation(Rule rule, String message) {
            this(rule, message, null);
        }
    }

    static ValueConstraints read(EStructuralFeature feature, String prefix) {
        ValueConstraints constraints = new ValueConstraints(enumValues(annotation(feature, prefix + "enum")),
                integer(annotation(feature, prefix + "minLength")), integer(annotation(feature, prefix + "maxLength")),
                pattern(annotation(feature, prefix + "pattern")), annotation(feature, prefix + "minimum"),
                annotation(feature, prefix + "maximum"));
        return constraints.isEmpty() ? null : constraints;
    }

    boolean isEmpty() {
        return enumValues == null && minLength == null && maxLength == null && pattern == null && minimum == null
                && maximum == null;
    }

    /** Adds the violations of {@code value} (a String or a Number; other values are not constrained here). */
    void check(String path, Object value, List<Violation> out) {
        if (value instanceof String text) {
            checkString(path, text, out);
        } else if (value instanceof Number number) {
            checkNumber(path, number, out);
        }
    }

    private void checkString(String path, String text, List<Violation> out) {
        if (enumValues != null && !enumValues.contains(text)) {
            out.add(new Violation(SchemaRules.UNSUPPORTED_VALUE, FieldErrors.notSupported(path, text, enumValues)));
        }
        int length = text.codePointCount(0, text.length());
        if (maxLength != null && length > maxLength) {
            out.add(new Violation(SchemaRules.STRING_LENGTH, FieldErrors.tooLong(path, maxLength)));
        }
        if (minLength != null && length < minLength) {
            out.add(new Violation(SchemaRules.STRING_LENGTH, FieldErrors.invalid(path, text,
                    path + " in body should be at least " + minLength + " chars long")));
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            out.add(new Violation(SchemaRules.PATTERN, FieldErrors.invalid(path, text,
                    path + " in body should match '" + pattern.pattern() + "'")));
        }
    }

    private void checkNumber(String path, Number number, List<Violation> out) {
        double value = number.doubleValue();
        if (minimum != null && value < Double.parseDouble(minimum)) {
            out.add(new Violation(SchemaRules.NUMBER_RANGE, FieldErrors.invalid(path, number,
                    path + " in body should be greater than or equal to " + minimum)));
        }
        if (maximum != null && value > Double.parseDouble(maximum)) {
            out.add(new Violation(SchemaRules.NUMBER_RANGE, FieldErrors.invalid(path, number,
                    path + " in body should be less than or equal to " + maximum)));
        }
    }

    static String annotation(EStructuralFeature feature, String key) {
        return EcoreUtil.getAnnotation(feature, KindRegistry.ANNOTATION_SOURCE, key);
    }

    static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static List<String> enumValues(String json) {
        if (json == null) {
            return null;
        }
        try {
            List<String> values = new ArrayList<>();
            for (JsonNode item : JSON.readTree(json)) {
                values.add(item.isTextual() ? item.textValue() : item.toString());
            }
            return List.copyOf(values);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Pattern pattern(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
