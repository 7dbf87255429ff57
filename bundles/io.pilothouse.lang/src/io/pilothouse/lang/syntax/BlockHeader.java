package io.pilothouse.lang.syntax;

/**
 * The header line of a block scalar: {@code |} or {@code >}, then a chomping indicator ({@code -} strip,
 * {@code +} keep, none clip) and an indentation indicator (1-9) in either order, then blanks and a comment.
 *
 * @param headerEnd     the offset of the header line's line break, or the end of the text
 * @param indentation   the indentation indicator, 0 without one
 * @param chomping      {@code '-'}, {@code '+'} or {@code ' '} for clip
 * @param problemOffset where the header is wrong, -1 if it is not
 */
record BlockHeader(boolean folded, int headerEnd, int indentation, char chomping, int problemOffset,
        String problem) {

    static BlockHeader read(String t, int start) {
        int n = t.length();
        int i = start + 1;
        int indentation = 0;
        char chomping = ' ';
        while (i < n) {
            char c = t.charAt(i);
            if ((c == '+' || c == '-') && chomping == ' ') {
                chomping = c;
            } else if (c >= '1' && c <= '9' && indentation == 0) {
                indentation = c - '0';
            } else {
                break;
            }
            i++;
        }
        boolean folded = t.charAt(start) == '>';
        int blank = i;
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        int end = ScalarExtents.lineEnd(t, i);
        if (i < n && !ScalarExtents.isBreak(t.charAt(i)) && !(t.charAt(i) == '#' && i > blank)) {
            String problem = t.charAt(i) == '0'
                    ? "the indentation indicator of a block scalar must be 1 to 9"
                    : "a block scalar header takes only chomping (+ or -) and indentation (1-9) indicators"
                            + " and a comment";
            return new BlockHeader(folded, end, indentation, chomping, i, problem);
        }
        return new BlockHeader(folded, end, indentation, chomping, -1, null);
    }

    /**
     * @return the indentation of the content: the indicator's, counted from the parent's indentation, or that of
     *         the first non-blank line (at least that of the deepest leading blank line), never less than one
     *         column deeper than the parent
     */
    int contentIndent(String t, int parentIndent) {
        int minimum = Math.max(parentIndent + 1, 1);
        if (indentation > 0) {
            return minimum + indentation - 1;
        }
        int n = t.length();
        int deepest = 0;
        int i = headerEnd;
        while (i < n && ScalarExtents.isBreak(t.charAt(i))) {
            int lineStart = ScalarExtents.afterBreak(t, i);
            int k = lineStart;
            while (k < n && t.charAt(k) == ' ') {
                k++;
            }
            deepest = Math.max(deepest, k - lineStart);
            if (k >= n || !ScalarExtents.isBreak(t.charAt(k))) {
                break;
            }
            i = k;
        }
        return Math.max(minimum, deepest);
    }
}
