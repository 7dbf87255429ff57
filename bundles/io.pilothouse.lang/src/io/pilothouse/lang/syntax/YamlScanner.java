package io.pilothouse.lang.syntax;

import static io.pilothouse.lang.syntax.ScalarExtents.blankAt;
import static io.pilothouse.lang.syntax.ScalarExtents.isBreak;
import static io.pilothouse.lang.syntax.ScalarExtents.isFlowIndicator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns YAML text into the tokens of the manifest grammar. Block structure becomes explicit: {@code MAP_BEGIN},
 * {@code SEQ_BEGIN} and {@code BLOCK_END} from indentation (a sequence under a mapping key may sit at the key's
 * column), {@code KEY} before each key of a block mapping, {@code DOC_START} before every document. Every character
 * of the text is in exactly one token, so nothing the user typed is lost; what YAML does not allow becomes an
 * {@code INVALID} token with the reason. The scanner never fails and takes time linear in the text.
 */
public final class YamlScanner {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private record Indent(int column, boolean sequence, boolean indentless) {}

    private final String t;
    private final int n;
    private final List<Token> out = new ArrayList<>();
    private final Deque<Indent> indents = new ArrayDeque<>();
    private int pos;
    private int lineStartOffset;
    private boolean atLineStart = true;
    private boolean allowKey = true;
    private boolean inDocument;
    private int flowDepth;
    private int lastSignificant = -1;

    private YamlScanner(String text) {
        this.t = text;
        this.n = text.length();
    }

    /** @return the tokens of {@code text}, in order */
    public static List<Token> scan(String text) {
        YamlScanner scanner = new YamlScanner(text);
        scanner.run();
        return scanner.out;
    }

    private void run() {
        if (n > 0 && t.charAt(0) == BYTE_ORDER_MARK) {
            add(TokenKind.WS, 0, 1);
            pos = 1;
            lineStartOffset = 1;
        }
        while (pos < n) {
            if (atLineStart) {
                startLine();
            } else {
                nextToken();
            }
        }
        closeBlocks();
    }

    private void startLine() {
        atLineStart = false;
        if (pos == lineStartOffset && ScalarExtents.documentMarkerAt(t, pos)) {
            documentMarker();
            return;
        }
        if (pos == lineStartOffset && t.charAt(pos) == '%' && !inDocument) {
            int end = ScalarExtents.lineEnd(t, pos);
            add(TokenKind.DIRECTIVE_TEXT, pos, end - pos);
            pos = end;
            return;
        }
        int start = pos;
        while (pos < n && t.charAt(pos) == ' ') {
            pos++;
        }
        if (pos > start) {
            add(TokenKind.WS, start, pos - start);
        }
        if (flowDepth > 0) {
            return;
        }
        allowKey = true;
        if (pos >= n || isBreak(t.charAt(pos)) || t.charAt(pos) == '#') {
            return;
        }
        if (t.charAt(pos) == '\t') {
            int end = pos;
            while (end < n && (t.charAt(end) == '\t' || t.charAt(end) == ' ')) {
                end++;
            }
            invalid(pos, end, "tabs are not allowed in YAML indentation; indent with spaces");
            return;
        }
        unwind(pos - lineStartOffset);
    }

    private void documentMarker() {
        closeBlocks();
        flowDepth = 0;
        boolean start = t.charAt(pos) == '-';
        add(start ? TokenKind.DOC_START : TokenKind.DOC_END, pos, 3);
        inDocument = start;
        allowKey = !start;
        pos += 3;
    }

    private void unwind(int column) {
        while (!indents.isEmpty() && indents.peek().column() > column) {
            indents.pop();
            blockEnd();
        }
        Indent top = indents.peek();
        if (top != null && top.indentless() && top.column() == column
                && !(t.charAt(pos) == '-' && blankAt(t, pos + 1))) {
            indents.pop();
            blockEnd();
        }
    }

    private void closeBlocks() {
        while (!indents.isEmpty()) {
            indents.pop();
            blockEnd();
        }
    }

    /** Adds a {@code BLOCK_END} right after the last significant token, before the blanks and comments after it. */
    private void blockEnd() {
        int offset = lastSignificant < 0 ? 0 : out.get(lastSignificant).end();
        out.add(lastSignificant + 1, new Token(TokenKind.BLOCK_END, offset, 0));
        lastSignificant++;
    }

    private void nextToken() {
        char c = t.charAt(pos);
        if (isBreak(c)) {
            int end = ScalarExtents.afterBreak(t, pos);
            add(TokenKind.NL, pos, end - pos);
            newLine(end);
        } else if (c == ' ' || c == '\t') {
            int end = pos;
            while (end < n && (t.charAt(end) == ' ' || t.charAt(end) == '\t')) {
                end++;
            }
            add(TokenKind.WS, pos, end - pos);
            pos = end;
        } else if (c == '#') {
            int end = ScalarExtents.lineEnd(t, pos);
            add(TokenKind.COMMENT, pos, end - pos);
            pos = end;
        } else {
            if (!inDocument) {
                add(TokenKind.DOC_START, pos, 0);
                inDocument = true;
            }
            significant(c);
        }
    }

    private void newLine(int lineStart) {
        pos = lineStart;
        lineStartOffset = lineStart;
        atLineStart = true;
    }

    private void significant(char c) {
        switch (c) {
            case '[', '{' -> {
                single(c == '[' ? TokenKind.LBRACKET : TokenKind.LBRACE);
                flowDepth++;
                allowKey = true;
            }
            case ']', '}' -> {
                single(c == ']' ? TokenKind.RBRACKET : TokenKind.RBRACE);
                flowDepth = Math.max(0, flowDepth - 1);
                allowKey = false;
            }
            case ',' -> {
                single(TokenKind.COMMA);
                allowKey = true;
            }
            case '|', '>' -> blockScalar();
            case '%', '@', '`' -> invalid(pos, tokenEnd(pos + 1), "'" + c + "' cannot start a plain scalar; quote it");
            default -> indicatorOrNode(c);
        }
    }

    private void indicatorOrNode(char c) {
        if (c == '-' && blankAt(t, pos + 1) && flowDepth == 0) {
            blockEntry();
        } else if (c == ':' && (blankAt(t, pos + 1) || flowDepth > 0)) {
            single(TokenKind.COLON);
            allowKey = false;
        } else if (c == '?' && flowDepth > 0) {
            single(TokenKind.QUESTION);
            allowKey = true;
        } else if (c == '?' && blankAt(t, pos + 1)) {
            explicitKey();
        } else {
            node();
        }
    }

    private void blockEntry() {
        if (!allowKey) {
            invalid(pos, pos + 1, "a block sequence entry is not allowed here; start it on a new line");
            return;
        }
        int column = pos - lineStartOffset;
        Indent top = indents.peek();
        if (top == null || column > top.column()) {
            begin(new Indent(column, true, false), TokenKind.SEQ_BEGIN);
        } else if (top.column() == column && !top.sequence()) {
            begin(new Indent(column, true, true), TokenKind.SEQ_BEGIN);
        }
        single(TokenKind.DASH);
        allowKey = true;
    }

    /** {@code ? key}: an explicit key, whose value (if any) follows after ': ' on a line of its own. */
    private void explicitKey() {
        if (!allowKey) {
            invalid(pos, pos + 1, "an explicit key ('? ') is not allowed here; start it on a new line");
            return;
        }
        int column = pos - lineStartOffset;
        Indent top = indents.peek();
        if (top == null || column > top.column()) {
            begin(new Indent(column, false, false), TokenKind.MAP_BEGIN);
        }
        add(TokenKind.KEY, pos, 0);
        single(TokenKind.QUESTION);
        allowKey = true;
    }

    private void begin(Indent indent, TokenKind kind) {
        indents.push(indent);
        add(kind, pos, 0);
    }

    /** A node's properties, alias or scalar; a {@code KEY} (and a new mapping) first when a key starts here. */
    private void node() {
        if (allowKey && flowDepth == 0 && keyAhead()) {
            int column = pos - lineStartOffset;
            Indent top = indents.peek();
            if (top == null || column > top.column()) {
                begin(new Indent(column, false, false), TokenKind.MAP_BEGIN);
            }
            add(TokenKind.KEY, pos, 0);
        }
        allowKey = false;
        char c = t.charAt(pos);
        switch (c) {
            case '&' -> name(TokenKind.ANCHOR);
            case '*' -> name(TokenKind.ALIAS);
            case '!' -> name(TokenKind.TAG);
            case '\'', '"' -> quoted();
            default -> plain();
        }
    }

    private void name(TokenKind kind) {
        int end = tokenEnd(pos + 1);
        if (end == pos + 1 && kind != TokenKind.TAG) {
            invalid(pos, end, (kind == TokenKind.ANCHOR ? "an anchor" : "an alias") + " needs a name");
            return;
        }
        add(kind, pos, end - pos);
        pos = end;
    }

    /** @return the end of an anchor, alias or tag name: the next blank, or flow indicator inside a flow */
    private int tokenEnd(int from) {
        int end = from;
        while (end < n && !blankAt(t, end) && !(flowDepth > 0 && isFlowIndicator(t.charAt(end)))) {
            end++;
        }
        return end;
    }

    private void quoted() {
        ScalarExtents.Quoted extent = ScalarExtents.quoted(t, pos);
        boolean single = t.charAt(pos) == '\'';
        if (!extent.terminated()) {
            invalid(pos, extent.end(), "unterminated " + (single ? "single" : "double") + "-quoted scalar");
            return;
        }
        int badEscape = single ? -1 : DoubleQuoted.unknownEscape(t, pos, extent.end());
        if (badEscape >= 0) {
            invalid(pos, extent.end(), "unknown escape character '" + t.charAt(badEscape) + "' in a double-quoted"
                    + " scalar; write \\\\ for a backslash");
            return;
        }
        multiLine(single ? TokenKind.SINGLE_QUOTED : TokenKind.DOUBLE_QUOTED, extent.end());
    }

    private void plain() {
        int end = ScalarExtents.plain(t, pos, flowDepth > 0, parentIndent(), false);
        if (end == pos) {
            invalid(pos, pos + 1, "'" + t.charAt(pos) + "' cannot start a plain scalar; quote it");
            return;
        }
        multiLine(TokenKind.PLAIN, end);
    }

    private void blockScalar() {
        if (flowDepth > 0) {
            invalid(pos, pos + 1, "block scalars ('|' and '>') are not allowed inside [...] or {...}");
            return;
        }
        ScalarExtents.Block extent = ScalarExtents.block(t, pos, parentIndent());
        if (extent.problem() != null) {
            invalid(pos, extent.end(), extent.problem());
            return;
        }
        TokenKind kind = t.charAt(pos) == '|' ? TokenKind.LITERAL : TokenKind.FOLDED;
        add(kind, pos, extent.end() - pos);
        if (extent.end() > pos && isBreak(t.charAt(extent.end() - 1))) {
            newLine(extent.end());
        } else {
            pos = extent.end();
        }
    }

    private int parentIndent() {
        Indent top = indents.peek();
        return top == null ? -1 : top.column();
    }

    /** Adds a token that may span lines and moves the line start to its last line. */
    private void multiLine(TokenKind kind, int end) {
        add(kind, pos, end - pos);
        multiLine(end);
    }

    private void multiLine(int end) {
        for (int i = end - 1; i > pos; i--) {
            if (isBreak(t.charAt(i))) {
                lineStartOffset = i + 1;
                break;
            }
        }
        pos = end;
    }

    /** @return whether a block mapping key starts at {@code pos}: properties, then a one-line scalar, then ': ' */
    private boolean keyAhead() {
        int i = pos;
        while (i < n && (t.charAt(i) == '&' || t.charAt(i) == '!')) {
            i = tokenEnd(i + 1);
            while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
                i++;
            }
        }
        if (i >= n) {
            return false;
        }
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            ScalarExtents.Quoted extent = ScalarExtents.quoted(t, i);
            if (!extent.terminated() || ScalarExtents.lineEnd(t, i) < extent.end()) {
                return false;
            }
            i = extent.end();
        } else if (c == '*') {
            i = tokenEnd(i + 1);
        } else if (isFlowIndicator(c) || c == '#' || isBreak(c) || c == '-' && blankAt(t, i + 1)
                || c == '|' || c == '>') {
            return false;
        } else {
            i = ScalarExtents.plain(t, i, false, parentIndent(), true);
        }
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < n && t.charAt(i) == ':' && blankAt(t, i + 1);
    }

    private void single(TokenKind kind) {
        add(kind, pos, 1);
        pos++;
    }

    private void invalid(int start, int end, String problem) {
        out.add(new Token(TokenKind.INVALID, start, end - start, problem));
        lastSignificant = out.size() - 1;
        pos = start;
        multiLine(end);
    }

    private void add(TokenKind kind, int offset, int length) {
        out.add(new Token(kind, offset, length));
        if (!kind.hidden()) {
            lastSignificant = out.size() - 1;
        }
    }
}
