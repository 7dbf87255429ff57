package io.pilothouse.lang.schema;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.syntax.ScalarValues;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Follows the block structure of a document through the scanner's tokens: the open mappings and sequences, the
 * current key of each mapping and the current item of each sequence, so the path from the root is known at every
 * token. Flow collections are stepped over as one value.
 */
final class BlockWalker {

    /** Told about every key and every scalar value, with the path where it is. */
    interface Listener {

        default void key(List<PathSegment> parent, String key) {}

        default void value(List<PathSegment> path, String value, Token token) {}
    }

    /** An open block mapping or sequence. */
    static final class Frame {
        final int column;
        final boolean sequence;
        int index = -1;
        String key;
        boolean keyPending;
        boolean valuePending;

        Frame(int column, boolean sequence) {
            this.column = column;
            this.sequence = sequence;
        }

        PathSegment segment() {
            if (sequence) {
                return PathSegment.index(Math.max(index, 0));
            }
            return key == null ? null : PathSegment.key(key);
        }
    }

    private final String text;
    private final Listener listener;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int flowDepth;

    BlockWalker(String text, Listener listener) {
        this.text = text;
        this.listener = listener;
    }

    /** Takes in the next significant token. */
    void accept(Token token) {
        TokenKind kind = token.kind();
        if (kind == TokenKind.DOC_START) {
            frames.clear();
            flowDepth = 0;
        } else if (flowDepth > 0) {
            flow(kind);
        } else {
            block(token);
        }
    }

    private void flow(TokenKind kind) {
        if (kind == TokenKind.LBRACE || kind == TokenKind.LBRACKET) {
            flowDepth++;
        } else if (kind == TokenKind.RBRACE || kind == TokenKind.RBRACKET) {
            flowDepth--;
        }
    }

    private void block(Token token) {
        Frame top = frames.peek();
        switch (token.kind()) {
            case MAP_BEGIN -> frames.push(new Frame(column(token.offset()), false));
            case SEQ_BEGIN -> frames.push(new Frame(column(token.offset()), true));
            case BLOCK_END -> frames.poll();
            case DASH -> {
                if (top != null && top.sequence) {
                    top.index++;
                }
            }
            case KEY -> {
                if (top != null && !top.sequence) {
                    top.keyPending = true;
                }
            }
            case COLON -> {
                if (top != null && !top.sequence) {
                    top.valuePending = true;
                }
            }
            case LBRACE, LBRACKET -> {
                flowDepth = 1;
                valueWritten(top);
            }
            case ALIAS -> valueWritten(top);
            default -> {
                if (token.kind().scalar()) {
                    scalar(token, top);
                }
            }
        }
    }

    private void scalar(Token token, Frame top) {
        String value = ScalarValues.value(token.kind(), text.substring(token.offset(), token.end()),
                top == null ? -1 : top.column);
        if (top != null && top.keyPending) {
            top.keyPending = false;
            top.valuePending = false;
            top.key = value;
            listener.key(parentPath(), value);
        } else if (top == null || top.sequence || top.valuePending) {
            listener.value(path(), value, token);
            valueWritten(top);
        }
    }

    private static void valueWritten(Frame top) {
        if (top != null) {
            top.valuePending = false;
        }
    }

    /** @return the open collections, innermost first */
    Deque<Frame> frames() {
        return frames;
    }

    boolean inFlow() {
        return flowDepth > 0;
    }

    /** @return the path of the current key or item of the innermost collection */
    List<PathSegment> path() {
        return pathOf(frames.size());
    }

    /** @return the path of the innermost collection */
    List<PathSegment> parentPath() {
        return pathOf(frames.size() - 1);
    }

    /** @return the path through the {@code count} outermost collections */
    List<PathSegment> pathOf(int count) {
        List<PathSegment> path = new ArrayList<>();
        Iterator<Frame> outerFirst = frames.descendingIterator();
        for (int i = 0; i < count && outerFirst.hasNext(); i++) {
            PathSegment segment = outerFirst.next().segment();
            if (segment != null) {
                path.add(segment);
            }
        }
        return path;
    }

    int column(int offset) {
        return SyntaxTrees.column(text, offset);
    }
}
