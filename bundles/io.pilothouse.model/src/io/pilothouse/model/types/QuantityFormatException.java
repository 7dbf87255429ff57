package io.pilothouse.model.types;

/**
 * Thrown when a text is not a Kubernetes resource quantity. The message is the error text of upstream
 * {@code resource.ParseQuantity}.
 */
public final class QuantityFormatException extends IllegalArgumentException {

    static final String FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    static final String NUMERIC = "unable to parse numeric part of quantity";
    static final String SUFFIX = "unable to parse quantity's suffix";

    private static final long serialVersionUID = 1L;

    private final String text;

    QuantityFormatException(String message, String text) {
        super(message);
        this.text = text;
    }

    /** The text that could not be parsed. */
    public String text() {
        return text;
    }
}
