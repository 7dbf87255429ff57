package io.pilothouse.runtime.api;

/** Go's {@code %q} quoting of strings, for upstream message formats (ASCII escapes; other text is kept). */
public final class GoStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoStrings() {}

    /** The string in double quotes with Go's escapes for quotes, backslashes and control characters. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                case '\u0007' -> quoted.append("\\a");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                case '\u000b' -> quoted.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
