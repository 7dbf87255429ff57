package io.pilothouse.lang.syntax;

/**
 * Where the scalars of a YAML text end, by the rules of YAML 1.1 as SnakeYAML and go-yaml read them. Offsets are
 * into the whole text; every method starts at the scalar's first character.
 */
final class ScalarExtents {

    /** The end of a quoted scalar, and whether its closing quote was found. */
    record Quoted(int end, boolean terminated) {}

    /** The end of a block scalar, or the offset and text of the problem in its header. */
    record Block(int end, int problemOffset, String problem) {}

    private ScalarExtents() {}

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** @return whether the character at {@code i} is a space, a tab, a line break or the end of the text */
    static boolean blankAt(String t, int i) {
        if (i >= t.length()) {
            return true;
        }
        char c = t.charAt(i);
        return c == ' ' || c == '\t' || isBreak(c);
    }

    /** @return whether a {@code ---} or {@code ...} marker starts the line at {@code lineStart} */
    static boolean documentMarkerAt(String t, int lineStart) {
        return (t.startsWith("---", lineStart) || t.startsWith("...", lineStart)) && blankAt(t, lineStart + 3);
    }

    /** @return the offset just after the line break that starts at {@code i} */
    static int afterBreak(String t, int i) {
        return t.charAt(i) == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
    }

    /** @return the offset of the line break or the end of the text at or after {@code i} */
    static int lineEnd(String t, int i) {
        int n = t.length();
        while (i < n && !isBreak(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The end of a plain scalar, trailing blanks excluded. It stops at {@code ": "}, at {@code " #"}, at a flow
     * indicator inside a flow collection, and at the end of its line unless the next non-blank line continues it:
     * indented deeper than {@code parentIndent} (in block context), not a comment, not a document marker.
     */
    static int plain(String t, int start, boolean flow, int parentIndent, boolean singleLine) {
        int n = t.length();
        int end = start;
        int i = start;
        while (true) {
            while (i < n) {
                char c = t.charAt(i);
                if (isBreak(c) || c == ':' && (blankAt(t, i + 1) || flow && isFlowIndicator(t.charAt(i + 1)))
                        || flow && isFlowIndicator(c)) {
                    break;
                }
                if (c == ' ' || c == '\t') {
                    if (i + 1 < n && t.charAt(i + 1) == '#') {
                        return end;
                    }
                } else {
                    end = i + 1;
                }
                i++;
            }
            if (i >= n || !isBreak(t.charAt(i)) || singleLine) {
                return end;
            }
            int next = continuation(t, i, flow, parentIndent);
            if (next < 0) {
                return end;
            }
            i = next;
        }
    }

    /** @return where a plain scalar continues after the line break at {@code lineBreak}, or -1 if it does not */
    private static int continuation(String t, int lineBreak, boolean flow, int parentIndent) {
        int n = t.length();
        int i = lineBreak;
        while (i < n && isBreak(t.charAt(i))) {
            int lineStart = afterBreak(t, i);
            int k = lineStart;
            while (k < n && t.charAt(k) == ' ') {
                k++;
            }
            if (k >= n) {
                return -1;
            }
            char c = t.charAt(k);
            if (isBreak(c)) {
                i = k;
                continue;
            }
            boolean ends = c == '#' || c == '\t' || documentMarkerAt(t, lineStart)
                    || !flow && k - lineStart <= parentIndent;
            return ends ? -1 : k;
        }
        return -1;
    }

    /**
     * The end of a quoted scalar, just after its closing quote. An unclosed one ends before the next document
     * marker or at the end of the text.
     */
    static Quoted quoted(String t, int start) {
        char quote = t.charAt(start);
        int n = t.length();
        int i = start + 1;
        while (i < n) {
            char c = t.charAt(i);
            if (c == quote) {
                if (quote == '\'' && i + 1 < n && t.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return new Quoted(i + 1, true);
            }
            if (c == '\\' && quote == '"' && i + 1 < n) {
                i += isBreak(t.charAt(i + 1)) ? 1 : 2;
                continue;
            }
            if (isBreak(c)) {
                int next = afterBreak(t, i);
                if (documentMarkerAt(t, next)) {
                    return new Quoted(i, false);
                }
                i = next;
                continue;
            }
            i++;
        }
        return new Quoted(n, false);
    }

    /**
     * The end of a block scalar ({@code |} or {@code >} at {@code start}): the start of the first line after it
     * that is neither blank nor indented at least as deep as its content. {@code parentIndent} is the column of the
     * enclosing block collection, -1 at the top of a document.
     */
    static Block block(String t, int start, int parentIndent) {
        BlockHeader header = BlockHeader.read(t, start);
        if (header.problem() != null) {
            return new Block(header.headerEnd(), header.problemOffset(), header.problem());
        }
        int n = t.length();
        int i = header.headerEnd();
        if (i >= n) {
            return new Block(n, -1, null);
        }
        int indent = header.contentIndent(t, parentIndent);
        i = afterBreak(t, i);
        while (i < n) {
            int k = i;
            while (k < n && t.charAt(k) == ' ') {
                k++;
            }
            if (k < n && !isBreak(t.charAt(k)) && (k - i < indent || documentMarkerAt(t, i))) {
                return new Block(i, -1, null);
            }
            int lineBreak = lineEnd(t, k);
            i = lineBreak >= n ? n : afterBreak(t, lineBreak);
        }
        return new Block(n, -1, null);
    }
}
