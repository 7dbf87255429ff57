package io.pilothouse.model.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kube-apiserver's field error texts ({@code k8s.io/apimachinery/pkg/util/validation/field}): the field path, the
 * error type, the offending value in Go's notation, the detail.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** @return {@code path: Required value} with an optional {@code : detail} */
    public static String required(String path, String detail) {
        return withDetail(path + ": Required value", detail);
    }

    /** @return {@code path: Invalid value: value: detail} */
    public static String invalid(String path, Object value, String detail) {
        return withDetail(path + ": Invalid value: " + goValue(value), detail);
    }

    /** @return {@code path: Invalid value: detail}, for values upstream leaves out of the message (structs) */
    public static String invalidOmitted(String path, String detail) {
        return withDetail(path + ": Invalid value", detail);
    }

    /** @return {@code path: Unsupported value: value: supported values: "a", "b"} */
    public static String notSupported(String path, Object value, List<String> supported) {
        StringBuilder text = new StringBuilder(path).append(": Unsupported value: ").append(goValue(value));
        if (!supported.isEmpty()) {
            text.append(": supported values: ");
            for (int i = 0; i < supported.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(quote(supported.get(i)));
            }
        }
        return text.toString();
    }

    /** @return {@code path: Duplicate value: value} */
    public static String duplicate(String path, Object value) {
        return path + ": Duplicate value: " + goValue(value);
    }

    /** @return {@code path: Not found: value} */
    public static String notFound(String path, Object value) {
        return path + ": Not found: " + goValue(value);
    }

    /** @return {@code path: Forbidden: detail} */
    public static String forbidden(String path, String detail) {
        return withDetail(path + ": Forbidden", detail);
    }

    /** @return {@code path: Too long: may not be more than max bytes} */
    public static String tooLong(String path, long max) {
        return path + ": Too long: may not be more than " + max + " bytes";
    }

    /** @return {@code path: Too many: actual: must have at most max items} */
    public static String tooMany(String path, long actual, long max) {
        return path + ": Too many: " + actual + ": must have at most " + max + " items";
    }

    /** @return a value as Go's {@code %#v} prints it for strings, numbers, booleans and string maps */
    public static String goValue(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("map[string]string{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                text.append(first ? "" : ", ").append(quote(String.valueOf(entry.getKey()))).append(':')
                        .append(quote(String.valueOf(entry.getValue())));
                first = false;
            }
            return text.append('}').toString();
        }
        return String.valueOf(value);
    }

    /** @return a string quoted as Go's {@code strconv.Quote} does for printable text */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String withDetail(String text, String detail) {
        return detail == null || detail.isEmpty() ? text : text + ": " + detail;
    }
}
