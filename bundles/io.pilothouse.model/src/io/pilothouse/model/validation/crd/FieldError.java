package io.pilothouse.model.validation.crd;

/**
 * A field error as the API server renders it: {@code <path>: <type>[: <value>][: <detail>]}.
 *
 * @param path  the field path as the reporting validator spells it (see {@link FieldPath})
 * @param value the bad value already rendered as Go prints it, or {@code null} for types that print no value
 */
record FieldError(Type type, String path, String value, String detail) {

    /** The error types of {@code k8s.io/apimachinery/pkg/util/validation/field} used here. */
    enum Type {
        REQUIRED("Required value"), FORBIDDEN("Forbidden"), TOO_LONG("Too long"), INVALID("Invalid value"),
        TYPE_INVALID("Invalid value"), NOT_SUPPORTED("Unsupported value"), DUPLICATE("Duplicate value"),
        TOO_MANY("Too many");

        private final String label;

        Type(String label) {
            this.label = label;
        }
    }

    /** @return whether the API server skips the validation rules of an object having this error */
    boolean blocksValidationRules() {
        return switch (type) {
            case NOT_SUPPORTED, REQUIRED, TOO_LONG, TOO_MANY, TYPE_INVALID -> true;
            default -> false;
        };
    }

    String message() {
        StringBuilder text = new StringBuilder(path).append(": ").append(type.label);
        if (value != null) {
            text.append(": ").append(value);
        }
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
