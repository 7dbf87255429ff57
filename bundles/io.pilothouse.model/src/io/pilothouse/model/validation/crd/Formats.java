package io.pilothouse.model.validation.crd;

import com.google.common.net.InetAddresses;
import com.google.re2j.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** The string formats of the OpenAPI validator of kube-apiserver that are checked here; others pass. */
final class Formats {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}"
            + "(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?$");
    private static final Pattern DURATION = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*"
            + "(ns|us|µs|ms|s|m|h|d|w)?(\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*(ns|us|µs|ms|s|m|h|d|w))*$");

    private Formats() {}

    /** @return whether {@code value} is valid for {@code format}; unknown formats accept everything */
    static boolean isValid(String format, String value) {
        return switch (format) {
            case "uuid" -> UUID.matches(value);
            case "date" -> isDate(value);
            case "date-time", "datetime" -> DATE_TIME.matches(value) && isDate(value.substring(0, 10));
            case "duration" -> DURATION.matches(value);
            case "byte" -> isBase64(value);
            case "ipv4" -> isIp(value) && value.indexOf(':') < 0;
            case "ipv6" -> isIp(value) && value.indexOf(':') >= 0;
            default -> true;
        };
    }

    /** @return whether {@code value} is an IPv4 or IPv6 address without zone, as Go's {@code netip} parses it */
    static boolean isIp(String value) {
        return value.indexOf('%') < 0 && InetAddresses.isInetAddress(value);
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return value.length() == 10;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBase64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
