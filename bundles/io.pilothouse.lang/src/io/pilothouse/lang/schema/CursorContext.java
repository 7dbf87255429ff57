package io.pilothouse.lang.schema;

import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import io.pilothouse.lang.syntax.YamlScanner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Where a cursor is in a manifest being typed: the path from the document's root, whether a key, a value or a
 * sequence item goes there, the text typed so far, and the document's entries (its apiVersion, kind, the keys
 * present). Read from the scanner's tokens and the indentation of the cursor's line, since the syntax tree of
 * half-typed YAML is a recovered one.
 *
 * @param position     what goes at the cursor
 * @param path         {@link Position#KEY}: the path of the mapping the key goes into; {@link Position#VALUE}: the
 *                     path of the value (its last segment the key); {@link Position#ITEM}: the path of the item
 * @param prefix       the text of the key or value typed before the cursor
 * @param prefixOffset where that text starts
 * @param column       the column where the keys of the mapping at the cursor start (for a value, the column of
 *                     its key); -1 inside a flow collection
 * @param entries      the keys and values of the cursor's document
 */
public record CursorContext(Position position, List<PathSegment> path, String prefix, int prefixOffset, int column,
        DocumentEntries entries) {

    /** What goes at the cursor. */
    public enum Position {
        /** A key of a mapping. */
        KEY,
        /** The value of a key. */
        VALUE,
        /** An item of a sequence after its {@code - }: a scalar, or the first key of a mapping. */
        ITEM
    }

    public CursorContext {
        path = List.copyOf(path);
    }

    /** @return the context of {@code offset} in {@code text}, or {@code null} where nothing can be typed */
    public static CursorContext at(String text, int offset) {
        return at(text, YamlScanner.scan(text), offset);
    }

    /** @return the context of {@code offset} in {@code text} scanned as {@code tokens}, or {@code null} */
    public static CursorContext at(String text, List<Token> tokens, int offset) {
        int lineStart = lineStart(text, offset);
        Token under = scalarEndingAt(tokens, offset);
        if (under != null && under.offset() < lineStart) {
            return null;
        }
        int prefixStart = under == null ? offset : under.offset();
        BlockWalker walker = walkTo(text, tokens, prefixStart);
        DocumentEntries entries = DocumentEntries.of(text, tokens, prefixStart);
        String prefix = text.substring(prefixStart, offset);
        if (walker.inFlow()) {
            return inFlow(walker, lastBefore(tokens, prefixStart), prefix, prefixStart, entries);
        }
        Token last = lastOnLine(tokens, lineStart, prefixStart);
        BlockWalker.Frame top = walker.frames().peek();
        if (last != null && last.kind() == TokenKind.COLON && top != null && !top.sequence) {
            return new CursorContext(Position.VALUE, walker.path(), prefix, prefixStart, top.column, entries);
        }
        if (last != null && last.kind() == TokenKind.DASH && top != null && top.sequence) {
            return new CursorContext(Position.ITEM, walker.path(), prefix, prefixStart, top.column + 2, entries);
        }
        if (last != null) {
            return null;
        }
        return keyAt(walker, walker.column(prefixStart), prefix, prefixStart, entries);
    }

    /**
     * Inside a flow collection: a key after '{' or ',' of a mapping, a value after its ':', an item after '[' or ',' of a
     * sequence; the column is -1, since nothing is inserted on a new line there.
     */
    private static CursorContext inFlow(BlockWalker walker, Token last, String prefix, int prefixStart,
            DocumentEntries entries) {
        BlockWalker.Frame top = walker.frames().peek();
        TokenKind kind = last == null ? null : last.kind();
        boolean opened = kind == TokenKind.LBRACE || kind == TokenKind.LBRACKET || kind == TokenKind.COMMA;
        if (top.sequence) {
            return opened ? new CursorContext(Position.ITEM, walker.path(), prefix, prefixStart, -1, entries) : null;
        }
        if (kind == TokenKind.COLON) {
            return new CursorContext(Position.VALUE, walker.path(), prefix, prefixStart, -1, entries);
        }
        return opened || kind == TokenKind.QUESTION
                ? new CursorContext(Position.KEY, walker.parentPath(), prefix, prefixStart, -1, entries)
                : null;
    }

    /** @return the last significant token that has text before {@code end}, or {@code null} */
    private static Token lastBefore(List<Token> tokens, int end) {
        Token last = null;
        for (Token token : tokens) {
            if (token.offset() >= end) {
                break;
            }
            if (token.length() > 0 && !token.kind().hidden()) {
                last = token;
            }
        }
        return last;
    }

    /** A key typed at {@code column} on a line of its own: the collections deeper than it are closed. */
    private static CursorContext keyAt(BlockWalker walker, int column, String prefix, int prefixStart,
            DocumentEntries entries) {
        while (!walker.frames().isEmpty() && (walker.frames().peek().column > column
                || walker.frames().peek().sequence && walker.frames().peek().column >= column)) {
            walker.frames().pop();
        }
        BlockWalker.Frame top = walker.frames().peek();
        if (top == null) {
            return column == 0 ? new CursorContext(Position.KEY, List.of(), prefix, prefixStart, 0, entries) : null;
        }
        if (top.column == column) {
            return new CursorContext(Position.KEY, walker.parentPath(), prefix, prefixStart, column, entries);
        }
        if (top.sequence || top.valuePending) {
            return new CursorContext(Position.KEY, walker.path(), prefix, prefixStart, column, entries);
        }
        return null;
    }

    /** @return the keys of the mapping at the cursor already in the document */
    public List<String> presentKeys() {
        return entries.keysAt(path);
    }

    /** @return the document's apiVersion, or {@code null} */
    public String apiVersion() {
        return entries.apiVersion();
    }

    /** @return the document's kind, or {@code null} */
    public String kind() {
        return entries.kind();
    }

    /** @return the key whose value is at the cursor ({@link Position#VALUE}), or {@code null} */
    public String key() {
        return !path.isEmpty() && path.get(path.size() - 1) instanceof PathSegment.Key key ? key.name() : null;
    }

    /**
     * Walks the tokens before {@code end}. A {@code BLOCK_END} sits right after the last token of its block, but
     * the line that closes the block may come after {@code end}; it is taken only when the token that follows it
     * is before {@code end} too.
     */
    private static BlockWalker walkTo(String text, List<Token> tokens, int end) {
        BlockWalker walker = new BlockWalker(text, new BlockWalker.Listener() {
        });
        for (int i = DocumentEntries.documentStart(tokens, end); i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.offset() > end) {
                break;
            }
            if (token.kind() == TokenKind.BLOCK_END
                    ? nextSignificant(tokens, i) < end
                    : !token.kind().hidden() && token.offset() < end) {
                walker.accept(token);
            }
        }
        return walker;
    }

    private static int nextSignificant(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.kind().hidden() && token.kind() != TokenKind.BLOCK_END) {
                return token.offset();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** @return the scalar token that contains {@code offset} or ends there, or {@code null} */
    private static Token scalarEndingAt(List<Token> tokens, int offset) {
        for (Token token : tokens) {
            if (token.offset() >= offset) {
                break;
            }
            if ((token.kind().scalar() || token.kind() == TokenKind.INVALID) && offset <= token.end()) {
                return token;
            }
        }
        return null;
    }

    /** @return the last token of the cursor's line before {@code end} that has text, or {@code null} */
    private static Token lastOnLine(List<Token> tokens, int lineStart, int end) {
        List<Token> line = new ArrayList<>();
        for (Token token : tokens) {
            if (token.offset() >= end) {
                break;
            }
            if (token.offset() >= lineStart && token.length() > 0 && !token.kind().hidden()) {
                line.add(token);
            }
        }
        Iterator<Token> last = line.reversed().iterator();
        return last.hasNext() ? last.next() : null;
    }

    private static int lineStart(String text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }
}
