package io.pilothouse.model.io;

import io.pilothouse.model.io.YamlScalar.Kind;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides what a YAML scalar means the way kubectl does: sigs.k8s.io/yaml decodes with go-yaml v2, which follows
 * YAML 1.1. The first character of a plain scalar selects the candidates: {@code yYnNtTfFoO~} only the fixed words,
 * {@code .} the fixed words or a float, a digit or sign an integer (Go base prefixes {@code 0x 0o 0b}, a leading
 * {@code 0} for octal, underscores ignored, uint64 above int64) or else a YAML-style float; everything else is a
 * string. Timestamps stay strings. The result's text is the JSON value as Go's encoding/json would write it.
 */
final class ScalarResolver {

    /** The resolved JSON value of a scalar: its kind and JSON text (see {@link YamlScalar#text()}). */
    record Resolved(Kind kind, String text) {}

    static final String TAG_PREFIX = "tag:yaml.org,2002:";
    static final String MERGE_TAG = TAG_PREFIX + "merge";
    private static final String STR_TAG = TAG_PREFIX + "str";
    private static final String BINARY_TAG = TAG_PREFIX + "binary";

    private static final Resolved NULL = new Resolved(Kind.NULL, "null");
    private static final Resolved TRUE = new Resolved(Kind.BOOL, "true");
    private static final Resolved FALSE = new Resolved(Kind.BOOL, "false");
    private static final Map<String, Resolved> WORDS = new HashMap<>();

    static {
        for (String word : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
            WORDS.put(word, TRUE);
        }
        for (String word : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
            WORDS.put(word, FALSE);
        }
        for (String word : new String[] {"~", "null", "Null", "NULL"}) {
            WORDS.put(word, NULL);
        }
        putFloats(GoFloats.NAN, ".nan", ".NaN", ".NAN");
        putFloats(GoFloats.POSITIVE_INFINITY, ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
        putFloats(GoFloats.NEGATIVE_INFINITY, "-.inf", "-.Inf", "-.INF");
    }

    private ScalarResolver() {}

    private static void putFloats(String text, String... words) {
        Resolved resolved = new Resolved(Kind.FLOAT, text);
        for (String word : words) {
            WORDS.put(word, resolved);
        }
    }

    /** @return the meaning of an untagged plain scalar */
    static Resolved resolvePlain(String value) {
        if (value.isEmpty()) {
            return NULL;
        }
        char first = value.charAt(0);
        boolean numeric = first == '+' || first == '-' || (first >= '0' && first <= '9');
        if (!numeric && first != '.' && "yYnNtTfFoO~".indexOf(first) < 0) {
            return new Resolved(Kind.STRING, value);
        }
        Resolved word = WORDS.get(value);
        if (word != null) {
            return word;
        }
        if (first == '.') {
            return resolveFloat(value, value);
        }
        if (!numeric) {
            return new Resolved(Kind.STRING, value);
        }
        String plain = value.indexOf('_') < 0 ? value : value.replace("_", "");
        String integer = GoIntegers.parseBaseZero(plain);
        if (integer != null) {
            return new Resolved(Kind.INT, integer);
        }
        return resolveFloat(plain, value);
    }

    private static Resolved resolveFloat(String candidate, String original) {
        if (isYamlStyleFloat(candidate)) {
            double parsed = Double.parseDouble(candidate);
            if (Double.isFinite(parsed)) {
                return new Resolved(Kind.FLOAT, GoFloats.formatJson(parsed));
            }
        }
        return new Resolved(Kind.STRING, original);
    }

    /**
     * Resolves a scalar with an explicit tag. Core tags must match what the value resolves to ({@code !!float}
     * also takes an integer); {@code !!str}, {@code !!binary} and tags go-yaml does not resolve give the raw string.
     *
     * @return the resolved value, or {@code null} if the value does not fit its tag
     */
    static Resolved resolveTagged(String tag, String value) {
        if (!tag.startsWith(TAG_PREFIX) || tag.equals(STR_TAG) || tag.equals(BINARY_TAG)) {
            return new Resolved(Kind.STRING, value);
        }
        Resolved resolved = resolvePlain(value);
        return switch (tag.substring(TAG_PREFIX.length())) {
            case "null" -> resolved.kind() == Kind.NULL ? resolved : null;
            case "bool" -> resolved.kind() == Kind.BOOL ? resolved : null;
            case "int" -> resolved.kind() == Kind.INT ? resolved : null;
            case "float" -> resolved.kind() == Kind.FLOAT || resolved.kind() == Kind.INT ? resolved : null;
            case "timestamp" -> GoTimestamps.isTimestamp(value) ? new Resolved(Kind.STRING, value) : null;
            default -> new Resolved(Kind.STRING, value);
        };
    }

    /** @return the short YAML tag ({@code !!int}, ...) of a kind, for messages */
    static String shortTag(Kind kind) {
        return switch (kind) {
            case NULL -> "!!null";
            case BOOL -> "!!bool";
            case INT -> "!!int";
            case FLOAT -> "!!float";
            case STRING -> "!!str";
        };
    }

    /**
     * @return whether go-yaml v2 would write the string without quotes as far as its meaning goes: it must read
     *         back as a string and must not look like a timestamp or a base 60 number
     */
    static boolean readsBackAsString(String value) {
        if (resolvePlain(value).kind() != Kind.STRING) {
            return false;
        }
        return !GoTimestamps.isTimestamp(value) && !isBase60(value);
    }

    /** Matches {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}. */
    static boolean isYamlStyleFloat(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            int digits = skipDigits(s, i + 1);
            if (digits == i + 1) {
                return false;
            }
            i = digits;
        } else {
            int digits = skipDigits(s, i);
            if (digits == i) {
                return false;
            }
            i = digits;
            if (i < n && s.charAt(i) == '.') {
                i = skipDigits(s, i + 1);
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = skipDigits(s, i);
            if (digits == i) {
                return false;
            }
            i = digits;
        }
        return i == n;
    }

    /** Matches go-yaml v2's base 60 float {@code ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$}. */
    static boolean isBase60(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (i >= n || !isDigit(s.charAt(i))) {
            return false;
        }
        while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        int groups = 0;
        while (i < n && s.charAt(i) == ':') {
            int digits = skipDigits(s, i + 1);
            int count = digits - i - 1;
            boolean valid = count == 2 ? s.charAt(i + 1) <= '5' : count == 1;
            if (!valid) {
                return false;
            }
            i = digits;
            groups++;
        }
        if (groups == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        return i == n;
    }

    static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
