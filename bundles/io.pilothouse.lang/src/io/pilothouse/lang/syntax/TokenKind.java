package io.pilothouse.lang.syntax;

/** The tokens of the manifest language; the names are those of the grammar's terminals. */
public enum TokenKind {
    DIRECTIVE_TEXT, DOC_START, DOC_END, MAP_BEGIN, SEQ_BEGIN, BLOCK_END, KEY, QUESTION, DASH, COLON, LBRACE, RBRACE,
    LBRACKET,
    RBRACKET, COMMA, ANCHOR, ALIAS, TAG, PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED, WS, NL, COMMENT,
    INVALID;

    /** @return whether the parser skips the token (whitespace, line breaks and comments) */
    public boolean hidden() {
        return this == WS || this == NL || this == COMMENT;
    }

    /** @return whether the token is a scalar */
    public boolean scalar() {
        return this == PLAIN || this == SINGLE_QUOTED || this == DOUBLE_QUOTED || this == LITERAL || this == FOLDED;
    }
}
