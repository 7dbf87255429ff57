package io.pilothouse.lang.syntax;

/**
 * A token of the scanner: {@code length} characters from {@code offset}, or none for the empty tokens that mark
 * structure (document start, block begin and end, key). {@code problem} explains an {@link TokenKind#INVALID}
 * token.
 */
public record Token(TokenKind kind, int offset, int length, String problem) {

    public Token(TokenKind kind, int offset, int length) {
        this(kind, offset, length, null);
    }

    /** @return the offset just after the token */
    public int end() {
        return offset + length;
    }
}
