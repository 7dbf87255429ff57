package io.pilothouse.model.io;

/**
 * A span of source text. {@code line} and {@code column} are 1-based and count UTF-16 characters, {@code offset}
 * is the 0-based UTF-16 offset of the first character and {@code length} the number of characters covered, so the
 * range maps directly onto an Eclipse document.
 */
public record SourceRange(String file, int line, int column, int offset, int length) {

    /** @return the offset just after the last character of the range */
    public int endOffset() {
        return offset + length;
    }

    @Override
    public String toString() {
        return file + ':' + line + ':' + column;
    }
}
