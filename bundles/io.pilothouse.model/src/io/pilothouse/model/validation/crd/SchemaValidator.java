package io.pilothouse.model.validation.crd;

import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.crd.FieldError.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI validation of kube-apiserver for custom resources: type, format, enum, string, number, array and
 * object constraints, with the validator's messages. List sets and maps and embedded resources are checked by
 * {@link ListTypes}.
 */
final class SchemaValidator {

    private final List<Finding> findings;
    private final ListTypes listTypes;

    SchemaValidator(List<Finding> findings, ListTypes listTypes) {
        this.findings = findings;
        this.listTypes = listTypes;
    }

    void validate(YamlNode node, Schema schema, FieldPath path, SourceRange inherited) {
        if (schema == null) {
            return;
        }
        SourceRange where = Finding.at(node, inherited);
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL) {
            if (!schema.nullable && (schema.type != null || schema.intOrString)) {
                typeError(path, schema.intOrString ? "integer" : schema.type, "null", where);
            }
            return;
        }
        if (!hasValidType(node, schema, path, where)) {
            return;
        }
        switch (node) {
            case YamlScalar scalar when scalar.kind() == YamlScalar.Kind.STRING -> string(scalar, schema, path, where);
            case YamlScalar scalar when scalar.isFiniteNumber() -> {
                Numbers.check(scalar, schema, path.openApi())
                        .forEach(error -> report(CrdRules.CONSTRAINT, error, where));
                enumeration(scalar, schema, path, where);
            }
            case YamlSequence sequence -> array(sequence, schema, path, where);
            default -> enumeration(node, schema, path, where);
        }
        if (node instanceof YamlMapping mapping) {
            object(mapping, schema, path, where);
        }
    }

    private boolean hasValidType(YamlNode node, Schema schema, FieldPath path, SourceRange where) {
        String actual = typeName(node);
        if (schema.intOrString) {
            if (actual.equals("integer") || actual.equals("string")) {
                return true;
            }
            typeError(path, "integer", actual, where);
            typeError(path, "string", actual, where);
            return false;
        }
        if (schema.type == null || schema.type.equals(actual)
                || schema.type.equals("number") && actual.equals("integer")) {
            return true;
        }
        typeError(path, schema.type, actual, where);
        return false;
    }

    private void typeError(FieldPath path, String type, String actual, SourceRange where) {
        report(CrdRules.TYPE, new FieldError(Type.TYPE_INVALID, path.openApi(), GoText.quote(actual),
                path.openApi() + " in body must be of type " + type + ": " + GoText.quote(actual)), where);
    }

    private void string(YamlScalar scalar, Schema schema, FieldPath path, SourceRange where) {
        String value = scalar.text();
        long length = value.codePointCount(0, value.length());
        String name = path.openApi();
        if (schema.maxLength != null && length > schema.maxLength) {
            String unit = schema.maxLength == 1 ? " byte" : " bytes";
            report(CrdRules.CONSTRAINT, new FieldError(Type.TOO_LONG, name, null,
                    "may not be more than " + schema.maxLength + unit), where);
        }
        if (schema.minLength != null && length < schema.minLength) {
            invalid(scalar, name, "should be at least " + schema.minLength + " chars long", where);
        }
        if (schema.pattern != null && !schema.pattern.matcher(value).find()) {
            invalid(scalar, name, "should match '" + schema.patternText + "'", where);
        }
        if (schema.format != null && !Formats.isValid(schema.format, value)) {
            report(CrdRules.TYPE, new FieldError(Type.TYPE_INVALID, name, GoText.quote(value),
                    name + " in body must be of type " + schema.format + ": " + GoText.quote(value)), where);
        }
        enumeration(scalar, schema, path, where);
    }

    private void array(YamlSequence sequence, Schema schema, FieldPath path, SourceRange where) {
        int size = sequence.items().size();
        String name = path.openApi();
        if (schema.minItems != null && size < schema.minItems) {
            report(CrdRules.CONSTRAINT, new FieldError(Type.INVALID, name, Integer.toString(size),
                    name + " in body should have at least " + schema.minItems + " items"), where);
        }
        if (schema.maxItems != null && size > schema.maxItems) {
            report(CrdRules.CONSTRAINT, tooMany(name, size, schema.maxItems), where);
        }
        if (schema.uniqueItems && hasDuplicates(sequence.items())) {
            report(CrdRules.CONSTRAINT, new FieldError(Type.INVALID, name, GoText.quote(""),
                    name + " in body shouldn't contain duplicates"), where);
        }
        enumeration(sequence, schema, path, where);
        for (int i = 0; i < size; i++) {
            validate(sequence.items().get(i), schema.items, path.index(i), where);
        }
        listTypes.validate(sequence, schema, path, where);
    }

    private void object(YamlMapping mapping, Schema schema, FieldPath path, SourceRange where) {
        int size = mapping.entries().size();
        String name = path.openApi();
        if (schema.maxProperties != null && size > schema.maxProperties) {
            report(CrdRules.CONSTRAINT, tooMany(name, size, schema.maxProperties), where);
        }
        if (schema.minProperties != null && size < schema.minProperties) {
            report(CrdRules.CONSTRAINT, new FieldError(Type.INVALID, name, Integer.toString(size),
                    name + " in body should have at least " + schema.minProperties + " properties"), where);
        }
        for (String required : schema.required) {
            if (mapping.get(required) == null) {
                report(CrdRules.REQUIRED, new FieldError(Type.REQUIRED, path.child(required).openApi(), null, ""),
                        where);
            }
        }
        for (YamlMapping.Entry entry : mapping.entries()) {
            boolean property = schema.properties.containsKey(entry.key());
            FieldPath child = property ? path.child(entry.key()) : path.key(entry.key());
            validate(entry.value(), schema.valueSchema(entry.key()), child, where);
        }
        listTypes.embedded(mapping, schema, path, where);
    }

    private void enumeration(YamlNode node, Schema schema, FieldPath path, SourceRange where) {
        if (schema.enumValues.isEmpty()) {
            return;
        }
        String json = GoText.json(node);
        if (schema.enumValues.stream().noneMatch(allowed -> GoText.json(allowed).equals(json))) {
            String supported = schema.enumValues.stream()
                    .map(allowed -> GoText.quote(allowed instanceof YamlScalar scalar
                            && scalar.kind() == YamlScalar.Kind.STRING ? scalar.text() : GoText.json(allowed)))
                    .collect(Collectors.joining(", "));
            report(CrdRules.ENUM, new FieldError(Type.NOT_SUPPORTED, path.openApi(), GoText.value(node),
                    "supported values: " + supported), where);
        }
    }

    private void invalid(YamlNode node, String name, String problem, SourceRange where) {
        report(CrdRules.CONSTRAINT, new FieldError(Type.INVALID, name, GoText.value(node),
                name + " in body " + problem), where);
    }

    static FieldError tooMany(String path, long actual, long max) {
        return new FieldError(Type.TOO_MANY, path, Long.toString(actual),
                "must have at most " + max + (max == 1 ? " item" : " items"));
    }

    private void report(Rule rule, FieldError error, SourceRange where) {
        findings.add(Finding.of(rule, error, where));
    }

    private static boolean hasDuplicates(List<YamlNode> items) {
        Set<String> seen = new HashSet<>();
        return !items.stream().allMatch(item -> seen.add(typeName(item) + GoText.json(item)));
    }

    /** @return the JSON schema type name of a value, as the OpenAPI validator reports it */
    static String typeName(YamlNode node) {
        return switch (node) {
            case YamlMapping mapping -> "object";
            case YamlSequence sequence -> "array";
            case YamlScalar scalar -> switch (scalar.kind()) {
                case NULL -> "null";
                case BOOL -> "boolean";
                case INT -> "integer";
                case FLOAT -> "number";
                case STRING -> "string";
            };
        };
    }
}
