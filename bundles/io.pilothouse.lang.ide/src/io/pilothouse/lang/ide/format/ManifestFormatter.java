package io.pilothouse.lang.ide.format;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.lang.syntax.YamlScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats manifest text over the scanner's tokens: block indentation becomes two spaces per level (sequences under
 * a key stay indentless or indented as written), one space follows a block {@code :} and {@code -}, trailing blanks
 * go. Comments, scalars (the content of block scalars and the continuation lines of multi-line scalars move with
 * their block), quoting, flow collections and line breaks are kept. Text whose structure the scanner does not
 * understand is left as it is.
 */
public final class ManifestFormatter {

    /** The formatted text of one document: {@code [oldStart, oldEnd)} of the input becomes {@code text}. */
    public record Segment(int oldStart, int oldEnd, String text) {}

    private final String text;
    private final List<Token> tokens;
    private final BlockColumns columns;
    private final StringBuilder out = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private int segmentStart;
    private int segmentOutStart;
    private int flowDepth;

    private ManifestFormatter(String text) {
        this.text = text;
        this.tokens = YamlScanner.scan(text);
        this.columns = BlockColumns.of(text, tokens);
    }

    /** @return {@code text} formatted */
    public static String format(String text) {
        StringBuilder result = new StringBuilder();
        segments(text).forEach(segment -> result.append(segment.text()));
        return result.toString();
    }

    /** @return the formatted text of each document of {@code text}, in order, together covering all of it */
    public static List<Segment> segments(String text) {
        ManifestFormatter formatter = new ManifestFormatter(text);
        if (formatter.columns == null) {
            return List.of(new Segment(0, text.length(), text));
        }
        formatter.run();
        return formatter.segments;
    }

    private void run() {
        int position = 0;
        int lineStart = 0;
        boolean atLineStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            out.append(text, position, Math.max(position, token.offset()));
            if (token.kind() == TokenKind.DOC_START && token.offset() > 0) {
                closeSegment(token.offset());
            }
            if (atLineStart && token.kind() != TokenKind.NL) {
                atLineStart = false;
                lineStart = token.offset();
                int indent = Math.max(0, oldIndent(lineStart) + lineDelta(i, lineStart));
                if (indent > 0 && !blankLine(i)) {
                    out.repeat(' ', indent);
                }
            }
            if (token.kind() != TokenKind.WS || token.offset() != lineStart) {
                emit(i, token);
            }
            position = Math.max(position, token.end());
            if (token.length() > 0 && isBreak(text.charAt(token.end() - 1))) {
                atLineStart = true;
            }
        }
        out.append(text, Math.min(position, text.length()), text.length());
        closeSegment(text.length());
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private void closeSegment(int oldEnd) {
        segments.add(new Segment(segmentStart, oldEnd, out.substring(segmentOutStart)));
        segmentStart = oldEnd;
        segmentOutStart = out.length();
    }

    private void emit(int index, Token token) {
        String value = text.substring(token.offset(), token.end());
        switch (token.kind()) {
            case WS -> out.append(whitespace(index, value));
            case LBRACE, LBRACKET -> {
                flowDepth++;
                out.append(value);
            }
            case RBRACE, RBRACKET -> {
                flowDepth--;
                out.append(value);
            }
            case PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED -> out.append(Reindent.continuation(value, columns.delta(index)));
            case LITERAL, FOLDED -> out.append(
                    Reindent.blockScalar(value, columns.delta(index), columns.parentColumn(index)));
            default -> out.append(value);
        }
    }

    /** Blanks inside a line: none at its end, one after a block indicator, else as written. */
    private String whitespace(int index, String value) {
        Token next = nextVisible(index + 1);
        if (next == null || next.kind() == TokenKind.NL) {
            return "";
        }
        Token previous = previousVisible(index - 1);
        boolean indicator = previous != null && flowDepth == 0
                && (previous.kind() == TokenKind.DASH || previous.kind() == TokenKind.COLON);
        return indicator ? " " : value;
    }

    private Token nextVisible(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).length() > 0) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private Token previousVisible(int from) {
        for (int i = from; i >= 0; i--) {
            if (tokens.get(i).length() > 0) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private boolean blankLine(int index) {
        Token first = firstOfLine(index);
        return first == null || first.kind() == TokenKind.NL;
    }

    /** @return the first token of the line starting at token {@code index} that is not indentation */
    private Token firstOfLine(int index) {
        for (int i = index; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.KEY || token.length() > 0 && token.kind() != TokenKind.WS) {
                return token;
            }
        }
        return null;
    }

    /** @return the number of blanks a line starting at {@code lineStart} is indented by */
    private int oldIndent(int lineStart) {
        int i = lineStart;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }

    /**
     * @return how far the line starting with token {@code index} at {@code lineStart} moves; a comment line or a
     *         blank one moves with the next line
     */
    private int lineDelta(int index, int lineStart) {
        for (int i = index; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.WS || token.length() == 0 && token.kind() != TokenKind.KEY) {
                continue;
            }
            if (flowDepth == 0 && (token.kind() == TokenKind.KEY || token.kind() == TokenKind.DASH)) {
                return columns.lineColumn(i) - oldIndent(lineStart);
            }
            if (token.kind() == TokenKind.DOC_START || token.kind() == TokenKind.DOC_END
                    || token.kind() == TokenKind.DIRECTIVE_TEXT) {
                return -oldIndent(lineStart);
            }
            if (token.kind() == TokenKind.COMMENT || token.kind() == TokenKind.NL) {
                int next = nextLine(i);
                return next < 0 ? columns.delta(i) : lineDelta(next, tokens.get(next).offset());
            }
            return columns.delta(i);
        }
        return 0;
    }

    /** @return the index of the first token of the line after token {@code index}, or -1 */
    private int nextLine(int index) {
        for (int i = index; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.NL) {
                return i + 1 < tokens.size() ? i + 1 : -1;
            }
        }
        return -1;
    }
}
