package io.pilothouse.runtime.kuttl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;

/**
 * KUTTL's partial object match: every key of an expected mapping must be present in the actual one with a matching
 * value, a list must have the same length as the actual list and match it element by element, and scalars must be
 * equal (numbers by value). The differences are given as a small YAML diff: unchanged lines hold the path to a
 * difference, {@code -} lines the expected value, {@code +} lines the actual one.
 */
public final class PartialMatch {

    private PartialMatch() {}

    /** Whether the actual tree holds everything the expected one asserts. */
    public static boolean matches(YamlNode expected, YamlNode actual) {
        return diff(expected, actual).isEmpty();
    }

    /** The diff lines of the fields where the actual tree differs from the expected one; empty when it matches. */
    public static List<String> diff(YamlNode expected, YamlNode actual) {
        List<String> lines = new ArrayList<>();
        if (expected instanceof YamlMapping mapping && actual instanceof YamlMapping actualMapping) {
            diffEntries(mapping, actualMapping, "", lines);
        } else if (!leafMatches(expected, actual)) {
            lines.add("-" + flow(expected));
            lines.add("+" + flow(actual));
        }
        return lines;
    }

    /** How many fields differ: the number of expected values the diff shows. */
    public static int differences(List<String> diff) {
        return (int) diff.stream().filter(line -> line.startsWith("-")).count();
    }

    private static void diffEntries(YamlMapping expected, YamlMapping actual, String indent, List<String> lines) {
        for (YamlMapping.Entry entry : expected.entries()) {
            YamlNode actualValue = actual.get(entry.key());
            if (entry.value() instanceof YamlMapping mapping && actualValue instanceof YamlMapping actualMapping) {
                List<String> nested = new ArrayList<>();
                diffEntries(mapping, actualMapping, indent + "  ", nested);
                if (!nested.isEmpty()) {
                    lines.add(" " + indent + entry.key() + ":");
                    lines.addAll(nested);
                }
            } else if (!leafMatches(entry.value(), actualValue)) {
                lines.add("-" + indent + entry.key() + ": " + flow(entry.value()));
                if (actualValue != null) {
                    lines.add("+" + indent + entry.key() + ": " + flow(actualValue));
                }
            }
        }
    }

    private static boolean leafMatches(YamlNode expected, YamlNode actual) {
        if (expected instanceof YamlMapping || expected instanceof YamlSequence) {
            return structureMatches(expected, actual);
        }
        return actual instanceof YamlScalar actualScalar && scalarsEqual((YamlScalar) expected, actualScalar);
    }

    private static boolean structureMatches(YamlNode expected, YamlNode actual) {
        if (expected instanceof YamlMapping mapping) {
            return actual instanceof YamlMapping && diff(mapping, actual).isEmpty();
        }
        if (!(actual instanceof YamlSequence actualSequence)) {
            return false;
        }
        List<YamlNode> items = ((YamlSequence) expected).items();
        if (items.size() != actualSequence.items().size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!leafMatches(items.get(i), actualSequence.items().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean scalarsEqual(YamlScalar expected, YamlScalar actual) {
        if (isNumber(expected) && isNumber(actual)) {
            return new BigDecimal(expected.text()).compareTo(new BigDecimal(actual.text())) == 0;
        }
        return expected.text().equals(actual.text());
    }

    private static boolean isNumber(YamlScalar scalar) {
        return (scalar.kind() == YamlScalar.Kind.INT || scalar.kind() == YamlScalar.Kind.FLOAT)
                && scalar.isFiniteNumber();
    }

    /** A node on one line, in YAML flow style. */
    static String flow(YamlNode node) {
        return switch (node) {
            case null -> "null";
            case YamlScalar scalar -> scalar.kind() == YamlScalar.Kind.STRING && needsQuotes(scalar.text())
                    ? quoted(scalar.text())
                    : scalar.text();
            case YamlSequence sequence -> "[" + String.join(", ", sequence.items().stream()
                    .map(PartialMatch::flow).toList()) + "]";
            case YamlMapping mapping -> "{" + String.join(", ", mapping.entries().stream()
                    .map(entry -> entry.key() + ": " + flow(entry.value())).toList()) + "}";
        };
    }

    private static boolean needsQuotes(String text) {
        return text.isEmpty() || !text.matches("[A-Za-z/][A-Za-z0-9_./-]*( [A-Za-z0-9_./()'-]+)*")
                || text.matches("(?i)true|false|yes|no|on|off|y|n|null|~");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
