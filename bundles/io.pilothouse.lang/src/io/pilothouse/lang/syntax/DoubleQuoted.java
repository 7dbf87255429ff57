package io.pilothouse.lang.syntax;

import java.util.List;

/** The value of a double-quoted scalar: YAML's escapes, and line folding where a line does not end in '\'. */
final class DoubleQuoted {

    private DoubleQuoted() {}

    static String value(String inner) {
        List<String> lines = ScalarValues.lines(inner);
        StringBuilder value = new StringBuilder();
        int empty = 0;
        boolean escapedBreak = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            String content = first ? line : ScalarValues.stripLeading(line);
            if (!first && !last && content.isEmpty()) {
                empty++;
                continue;
            }
            if (!first) {
                value.append(escapedBreak ? "\n".repeat(empty) : empty == 0 ? " " : "\n".repeat(empty));
            }
            empty = 0;
            escapedBreak = !last && endsWithEscape(content);
            if (escapedBreak) {
                content = content.substring(0, content.length() - 1);
            } else if (!last) {
                content = ScalarValues.stripTrailing(content);
            }
            unescape(content, value);
        }
        return value.toString();
    }

    private static final String ESCAPES = "0abt\tnvfre \"\\N_LPxuU";

    /** @return the offset of the first character after a '\\' that YAML 1.1 does not know, or -1 */
    static int unknownEscape(String t, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (t.charAt(i) == '\\') {
                char e = t.charAt(i + 1);
                if (ESCAPES.indexOf(e) < 0 && !ScalarExtents.isBreak(e)) {
                    return i + 1;
                }
                i++;
            }
        }
        return -1;
    }

    private static boolean endsWithEscape(String content) {
        int backslashes = 0;
        for (int i = content.length() - 1; i >= 0 && content.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static void unescape(String s, StringBuilder out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            int hex = switch (e) {
                case 'x' -> 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            if (hex > 0) {
                int end = Math.min(s.length(), i + 2 + hex);
                out.appendCodePoint(parseHex(s.substring(i + 2, end)));
                i = end;
                continue;
            }
            out.append(switch (e) {
                case '0' -> "\0";
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 't', '\t' -> "\t";
                case 'n' -> "\n";
                case 'v' -> "\u000B";
                case 'f' -> "\f";
                case 'r' -> "\r";
                case 'e' -> "\u001B";
                case 'N' -> "\u0085";
                case '_' -> "\u00A0";
                case 'L' -> "\u2028";
                case 'P' -> "\u2029";
                default -> String.valueOf(e);
            });
            i += 2;
        }
    }

    private static int parseHex(String digits) {
        try {
            int codePoint = Integer.parseInt(digits, 16);
            return Character.isValidCodePoint(codePoint) ? codePoint : 0xFFFD;
        } catch (NumberFormatException e) {
            return 0xFFFD;
        }
    }
}
