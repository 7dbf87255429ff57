package io.pilothouse.model.validation.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The name formats of {@code k8s.io/apimachinery/pkg/util/validation}: each check returns upstream's error texts,
 * empty when the value is valid.
 */
public final class NameFormats {

    private static final String DNS1123_LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final String DNS1123_SUBDOMAIN_FORMAT = DNS1123_LABEL_FORMAT + "(\\." + DNS1123_LABEL_FORMAT
            + ")*";
    private static final String DNS1035_LABEL_FORMAT = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private static final String QUALIFIED_NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private static final String LABEL_VALUE_FORMAT = "(" + QUALIFIED_NAME_FORMAT + ")?";

    private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FORMAT);
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FORMAT);
    private static final Pattern DNS1035_LABEL = Pattern.compile(DNS1035_LABEL_FORMAT);
    private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FORMAT);
    private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FORMAT);
    private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");
    private static final Pattern ONE_LETTER = Pattern.compile("[a-z]");

    private static final String DNS1123_LABEL_MESSAGE = "a lowercase RFC 1123 label must consist of lower case"
            + " alphanumeric characters or '-', and must start and end with an alphanumeric character";
    private static final String DNS1123_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower"
            + " case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private static final String DNS1035_LABEL_MESSAGE = "a DNS-1035 label must consist of lower case alphanumeric"
            + " characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    private static final String QUALIFIED_NAME_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.',"
            + " and must start and end with an alphanumeric character";
    private static final String LABEL_VALUE_MESSAGE = "a valid label must be an empty string or consist of"
            + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /** The longest DNS-1123 label (and DNS-1035 label, qualified name part and label value). */
    public static final int LABEL_MAX_LENGTH = 63;
    /** The longest DNS-1123 subdomain. */
    public static final int SUBDOMAIN_MAX_LENGTH = 253;
    /** The longest port name (IANA_SVC_NAME). */
    public static final int PORT_NAME_MAX_LENGTH = 15;

    private NameFormats() {}

    /** A check of one name format. */
    @FunctionalInterface
    public interface Format {
        List<String> check(String value);
    }

    public static List<String> dns1123Label(String value) {
        List<String> errors = new ArrayList<>(2);
        if (value.length() > LABEL_MAX_LENGTH) {
            errors.add(maxLength(LABEL_MAX_LENGTH));
        }
        if (!DNS1123_LABEL.matcher(value).matches()) {
            errors.add(regexError(DNS1123_LABEL_MESSAGE, DNS1123_LABEL_FORMAT, "my-name", "123-abc"));
        }
        return errors;
    }

    public static List<String> dns1123Subdomain(String value) {
        List<String> errors = new ArrayList<>(2);
        if (value.length() > SUBDOMAIN_MAX_LENGTH) {
            errors.add(maxLength(SUBDOMAIN_MAX_LENGTH));
        }
        if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
            errors.add(regexError(DNS1123_SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN_FORMAT, "example.com"));
        }
        return errors;
    }

    public static List<String> dns1035Label(String value) {
        List<String> errors = new ArrayList<>(2);
        if (value.length() > LABEL_MAX_LENGTH) {
            errors.add(maxLength(LABEL_MAX_LENGTH));
        }
        if (!DNS1035_LABEL.matcher(value).matches()) {
            errors.add(regexError(DNS1035_LABEL_MESSAGE, DNS1035_LABEL_FORMAT, "my-name", "abc-123"));
        }
        return errors;
    }

    /** The names RBAC objects may have: any path segment ({@code path.IsValidPathSegmentName}). */
    public static List<String> pathSegment(String value) {
        List<String> errors = new ArrayList<>(1);
        if (value.equals(".") || value.equals("..")) {
            errors.add("may not be '" + value + "'");
            return errors;
        }
        if (value.contains("/")) {
            errors.add("may not contain '/'");
        }
        if (value.contains("%")) {
            errors.add("may not contain '%'");
        }
        return errors;
    }

    /** Label keys and annotation keys: an optional DNS subdomain prefix and '/', and a name. */
    public static List<String> qualifiedName(String value) {
        List<String> errors = new ArrayList<>(2);
        String[] parts = value.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            name = parts[1];
            if (parts[0].isEmpty()) {
                errors.add("prefix part must be non-empty");
            } else {
                for (String error : dns1123Subdomain(parts[0])) {
                    errors.add("prefix part " + error);
                }
            }
        } else {
            errors.add("a qualified name " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, "MyName",
                    "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }
        if (name.isEmpty()) {
            errors.add("name part must be non-empty");
        } else if (name.length() > LABEL_MAX_LENGTH) {
            errors.add("name part " + maxLength(LABEL_MAX_LENGTH));
        }
        if (!QUALIFIED_NAME.matcher(name).matches()) {
            errors.add("name part " + regexError(QUALIFIED_NAME_MESSAGE, QUALIFIED_NAME_FORMAT, "MyName", "my.name",
                    "123-abc"));
        }
        return errors;
    }

    public static List<String> labelValue(String value) {
        List<String> errors = new ArrayList<>(2);
        if (value.length() > LABEL_MAX_LENGTH) {
            errors.add(maxLength(LABEL_MAX_LENGTH));
        }
        if (!LABEL_VALUE.matcher(value).matches()) {
            errors.add(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE_FORMAT, "MyValue", "my_value", "12345"));
        }
        return errors;
    }

    /** Port names (IANA_SVC_NAME): at most 15 lower-case letters, digits and single inner hyphens, one letter. */
    public static List<String> portName(String value) {
        List<String> errors = new ArrayList<>(1);
        if (value.length() > PORT_NAME_MAX_LENGTH) {
            errors.add(maxLength(PORT_NAME_MAX_LENGTH));
        }
        if (!PORT_NAME_CHARSET.matcher(value).matches()) {
            errors.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!ONE_LETTER.matcher(value).find()) {
            errors.add("must contain at least one letter (a-z)");
        }
        if (value.contains("--")) {
            errors.add("must not contain consecutive hyphens");
        }
        if (!value.isEmpty() && (value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-')) {
            errors.add("must not begin or end with a hyphen");
        }
        return errors;
    }

    /** @return upstream's error for a port number outside 1..65535, else {@code null} */
    public static String portNumber(long port) {
        return port >= 1 && port <= 65535 ? null : "must be between 1 and 65535, inclusive";
    }

    /** @return the length of a string in UTF-8 bytes, as Go's {@code len} */
    public static int byteLength(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    /** @return {@code must be no more than N characters} */
    public static String maxLength(int length) {
        return "must be no more than " + length + " characters";
    }

    private static String regexError(String message, String format, String... examples) {
        StringBuilder text = new StringBuilder(message).append(" (e.g. ");
        for (int i = 0; i < examples.length; i++) {
            text.append(i > 0 ? " or " : "").append('\'').append(examples[i]).append("', ");
        }
        return text.append("regex used for validation is '").append(format).append("')").toString();
    }
}
