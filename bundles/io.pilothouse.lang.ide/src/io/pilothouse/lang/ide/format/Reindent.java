package io.pilothouse.lang.ide.format;

/** Moves the continuation lines of a scalar token with the block that holds it. */
final class Reindent {

    private Reindent() {}

    /**
     * @return a flow scalar's text with the lines after its first moved by {@code delta} columns; blank lines, which
     *         fold the same whatever their blanks, become empty
     */
    static String continuation(String value, int delta) {
        if (delta == 0 || value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return shift(value, delta, Integer.MAX_VALUE);
    }

    /**
     * @param parentColumn the column of the block around the scalar before formatting, -1 at the top
     * @return a block scalar's text, its header kept, its content lines moved by {@code delta} columns; lines of
     *         blanks no deeper than the content's indentation, which are empty lines of the value, become empty
     */
    static String blockScalar(String value, int delta, int parentColumn) {
        int contentIndent = contentIndent(value, parentColumn);
        if (delta == 0 && contentIndent < 0) {
            return value;
        }
        return shift(value, delta, contentIndent < 0 ? Integer.MAX_VALUE : contentIndent);
    }

    /** @return the indentation of the content of a block scalar's text, -1 when it has no content line */
    private static int contentIndent(String value, int parentColumn) {
        int lineEnd = lineEnd(value, 0);
        for (int i = 1; i < lineEnd; i++) {
            char c = value.charAt(i);
            if (c >= '1' && c <= '9') {
                return Math.max(parentColumn, 0) + (c - '0');
            }
            if (c != '+' && c != '-') {
                break;
            }
        }
        int start = nextLineStart(value, lineEnd);
        while (start < value.length()) {
            int spaces = spaces(value, start);
            int end = lineEnd(value, start);
            if (start + spaces < end) {
                return spaces;
            }
            start = nextLineStart(value, end);
        }
        return -1;
    }

    /**
     * @param emptyUpTo lines of blanks at most this deep become empty
     * @return {@code value} with every line after the first moved by {@code delta} columns
     */
    private static String shift(String value, int delta, int emptyUpTo) {
        StringBuilder out = new StringBuilder();
        int end = lineEnd(value, 0);
        out.append(value, 0, end);
        int start = end;
        while (start < value.length()) {
            int next = nextLineStart(value, start);
            out.append(value, start, next);
            start = next;
            if (start >= value.length()) {
                break;
            }
            int spaces = spaces(value, start);
            end = lineEnd(value, start);
            boolean blank = start + spaces == end;
            if (!blank || spaces > emptyUpTo) {
                out.repeat(' ', Math.max(0, spaces + delta));
                out.append(value, start + spaces, end);
            }
            start = end;
        }
        return out.toString();
    }

    private static int spaces(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    private static int lineEnd(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) != '\n' && value.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** @return the offset after the line break at {@code end} */
    private static int nextLineStart(String value, int end) {
        if (end < value.length() && value.charAt(end) == '\r') {
            return end + 1 < value.length() && value.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return Math.min(value.length(), end + 1);
    }
}
