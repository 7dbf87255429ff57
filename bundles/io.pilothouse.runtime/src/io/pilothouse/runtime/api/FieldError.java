package io.pilothouse.runtime.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field-level validation error, printed as upstream prints {@code field.Error}: {@code <field>: <body>}, where
 * the body is the type's text, then the bad value (for types that show it), then the detail.
 *
 * @param type     the kind of error
 * @param field    the path of the field ({@code metadata.name})
 * @param badValue the bad value as Go prints it (a quoted string, {@code []string{"a"}}), or {@code null} to omit it
 * @param detail   the explanation, or {@code ""}
 */
public record FieldError(Type type, String field, String badValue, String detail) {

    /** Checks the parts that may not be null. */
    public FieldError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    /** A required value that is missing. */
    public static FieldError required(String field, String detail) {
        return new FieldError(Type.REQUIRED, field, null, detail);
    }

    /** A value that is not permitted under the current conditions. */
    public static FieldError forbidden(String field, String detail) {
        return new FieldError(Type.FORBIDDEN, field, null, detail);
    }

    /** A malformed string value, quoted as Go's {@code %q} does. */
    public static FieldError invalid(String field, String value, String detail) {
        return new FieldError(Type.INVALID, field, GoStrings.quote(value), detail);
    }

    /** A list of strings as Go's {@code %#v} prints it: {@code []string{"a", "b"}}. */
    public static String goStringSlice(List<String> values) {
        return values.stream().map(GoStrings::quote).collect(Collectors.joining(", ", "[]string{", "}"));
    }

    /** The message without the field: {@code Required value: name or generateName is required}. */
    public String body() {
        StringBuilder body = new StringBuilder(type.text);
        if (badValue != null && type.showsValue) {
            body.append(": ").append(badValue);
        }
        if (!detail.isEmpty()) {
            body.append(": ").append(detail);
        }
        return body.toString();
    }

    /** {@code <field>: <body>}. */
    @Override
    public String toString() {
        return field + ": " + body();
    }

    /** The error types of upstream's {@code field} package, with their cause type and text. */
    public enum Type {
        /** A value that was looked up and not found. */
        NOT_FOUND("FieldValueNotFound", "Not found", true),
        /** A value that is required and missing. */
        REQUIRED("FieldValueRequired", "Required value", false),
        /** A value that must be unique and is not. */
        DUPLICATE("FieldValueDuplicate", "Duplicate value", true),
        /** A malformed value. */
        INVALID("FieldValueInvalid", "Invalid value", true),
        /** A value outside an enumeration. */
        NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value", true),
        /** A value not permitted under the current conditions. */
        FORBIDDEN("FieldValueForbidden", "Forbidden", false),
        /** A value that is too long; the value is not shown. */
        TOO_LONG("FieldValueTooLong", "Too long", false),
        /** A list with too many items. */
        TOO_MANY("FieldValueTooMany", "Too many", true),
        /** An error not caused by the input. */
        INTERNAL("InternalError", "Internal error", false),
        /** A value of the wrong type. */
        TYPE_INVALID("FieldValueTypeInvalid", "Invalid value", true);

        private final String causeType;
        private final String text;
        private final boolean showsValue;

        Type(String causeType, String text, boolean showsValue) {
            this.causeType = causeType;
            this.text = text;
            this.showsValue = showsValue;
        }

        /** The {@code reason} of the status cause ({@code FieldValueRequired}). */
        public String causeType() {
            return causeType;
        }
    }
}
