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
 * Follows the structure of a document through the scanner's tokens: the open mappings and sequences, block and flow,
 * the current key of each mapping and the current item of each sequence, so the path from the root is known at every
 * token.
 */
final class BlockWalker {

    /** Told about every key and every scalar value, with the path where it is. */
    interface Listener {

        default void key(List<PathSegment> parent, String key) {}

        default void value(List<PathSegment> path, String value, Token token) {}
    }

    /** An open mapping or sequence; a flow collection has no column (-1). */
    static final class Frame {
        final int column;
        final boolean sequence;
        final boolean flow;
        int index = -1;
        String key;
        boolean keyPending;
        boolean valuePending;

        Frame(int column, boolean sequence) {
            this(column, sequence, false);
        }

        Frame(int column, boolean sequence, boolean flow) {
            this.column = column;
            this.sequence = sequence;
            this.flow = flow;
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

    BlockWalker(String text, Listener listener) {
        this.text = text;
        this.listener = listener;
    }

    /** Takes in the next significant token. */
    void accept(Token token) {
        TokenKind kind = token.kind();
        if (kind == TokenKind.DOC_START) {
            frames.clear();
        } else if (inFlow()) {
            flow(token, frames.peek());
        } else {
            block(token);
        }
    }

    private void flow(Token token, Frame top) {
        switch (token.kind()) {
            case LBRACE, LBRACKET -> openFlow(token.kind() == TokenKind.LBRACKET);
            case RBRACE, RBRACKET -> {
                frames.pop();
                valueWritten(frames.peek());
            }
            case COMMA -> {
                if (top.sequence) {
                    top.index++;
                } else {
                    top.key = null;
                    top.keyPending = true;
                    top.valuePending = false;
                }
            }
            case COLON -> {
                if (!top.sequence) {
                    top.keyPending = false;
                    top.valuePending = true;
                }
            }
            case ALIAS -> valueWritten(top);
            default -> {
                if (token.kind().scalar()) {
                    scalar(token, top);
                }
            }
        }
    }

    private void openFlow(boolean sequence) {
        Frame frame = new Frame(-1, sequence, true);
        if (sequence) {
            frame.index = 0;
        } else {
            frame.keyPending = true;
        }
        frames.push(frame);
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
            case LBRACE, LBRACKET -> openFlow(token.kind() == TokenKind.LBRACKET);
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

    /** @return whether the innermost open collection is a flow collection */
    boolean inFlow() {
        return !frames.isEmpty() && frames.peek().flow;
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
