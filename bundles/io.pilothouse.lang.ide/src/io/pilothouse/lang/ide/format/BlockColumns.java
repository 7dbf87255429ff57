package io.pilothouse.lang.ide.format;

import io.pilothouse.lang.binding.SyntaxTrees;
import io.pilothouse.lang.syntax.Token;
import io.pilothouse.lang.syntax.TokenKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The block structure of a token stream with its indentation normalized: each block collection two columns right of
 * its parent (a sequence written at its key's column stays there), compact collections two columns after their dash.
 * For every token, the column its line starts at when the token begins a key or an item, and how far the enclosing
 * block moves.
 */
final class BlockColumns {

    private record Block(int oldColumn, int newColumn) {

        int delta() {
            return newColumn - oldColumn;
        }
    }

    private final int[] lineColumn;
    private final int[] delta;
    private final int[] parentColumn;

    private BlockColumns(int size) {
        lineColumn = new int[size];
        delta = new int[size];
        parentColumn = new int[size];
    }

    /** @return the columns of {@code tokens}, or {@code null} for a stream whose structure is not understood */
    static BlockColumns of(String text, List<Token> tokens) {
        BlockColumns columns = new BlockColumns(tokens.size());
        Deque<Block> blocks = new ArrayDeque<>();
        TokenKind structural = TokenKind.DOC_START;
        int flowDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case INVALID -> {
                    return null;
                }
                case DOC_START -> {
                    blocks.clear();
                    structural = TokenKind.DOC_START;
                    flowDepth = 0;
                }
                case MAP_BEGIN, SEQ_BEGIN -> {
                    Block block = open(blocks.peek(), structural, token.kind() == TokenKind.SEQ_BEGIN,
                            SyntaxTrees.column(text, token.offset()));
                    if (block == null) {
                        return null;
                    }
                    blocks.push(block);
                }
                case BLOCK_END -> {
                    if (blocks.poll() == null) {
                        return null;
                    }
                }
                case KEY, DASH -> {
                    if (blocks.isEmpty()) {
                        return null;
                    }
                    columns.lineColumn[i] = blocks.peek().newColumn();
                    structural = token.kind() == TokenKind.DASH ? TokenKind.DASH : structural;
                }
                case COLON -> structural = flowDepth == 0 ? TokenKind.COLON : structural;
                case LBRACE, LBRACKET -> flowDepth++;
                case RBRACE, RBRACKET -> flowDepth--;
                default -> {
                }
            }
            columns.delta[i] = blocks.isEmpty() ? 0 : blocks.peek().delta();
            columns.parentColumn[i] = blocks.isEmpty() ? -1 : blocks.peek().oldColumn();
        }
        return columns;
    }

    private static Block open(Block parent, TokenKind structural, boolean sequence, int column) {
        if (parent == null) {
            return structural == TokenKind.DOC_START ? new Block(column, 0) : null;
        }
        return switch (structural) {
            case COLON -> new Block(column,
                    sequence && column == parent.oldColumn() ? parent.newColumn() : parent.newColumn() + 2);
            case DASH -> new Block(column, parent.newColumn() + 2);
            default -> null;
        };
    }

    /** @return the column of the line that token {@code index}, a key or a dash, begins */
    int lineColumn(int index) {
        return lineColumn[index];
    }

    /** @return how many columns the block around token {@code index} moves */
    int delta(int index) {
        return delta[index];
    }

    /** @return the column of the block around token {@code index} before formatting, -1 at the top */
    int parentColumn(int index) {
        return parentColumn[index];
    }
}
