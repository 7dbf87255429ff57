package io.pilothouse.model.validation.fix;

import io.pilothouse.model.io.SourceRange;

/** The text of one input with the line arithmetic the edits need. */
final class SourceLines {

    private final String file;
    private final String text;

    SourceLines(String file, String text) {
        this.file = file;
        this.text = text;
    }

    String text() {
        return text;
    }

    /** @return the range from {@code start} (inclusive) to {@code end} (exclusive) with its line and column */
    SourceRange range(int start, int end) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceRange(file, line, start - lineStart + 1, start, end - start);
    }

    /** @return the offset of the first character of the line holding {@code offset} */
    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /**
     * @return the offset just after the line break ending the line of the last character before {@code end} (the
     *         end of the text when that line has no break)
     */
    int nextLineStart(int end) {
        if (end > 0 && text.charAt(end - 1) == '\n') {
            return end;
        }
        int i = end;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    /** @return whether only spaces stand between the start of the line and {@code offset} */
    boolean startsLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    /** @return whether the text ends right at {@code offset} without a final line break */
    boolean endsWithoutBreak(int offset) {
        return offset == text.length() && offset > 0 && text.charAt(offset - 1) != '\n';
    }

    /** @return the line break style of the text */
    String lineBreak() {
        int index = text.indexOf('\n');
        return index > 0 && text.charAt(index - 1) == '\r' ? "\r\n" : "\n";
    }

    /** @return the 0-based column of {@code offset} */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** @return the offset of the first character that is not white space, from {@code from} on */
    int skipSpace(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the offset just after the last character that is not white space before {@code before} */
    int skipSpaceBack(int before) {
        int i = before;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
