package io.pilothouse.lang.syntax;

import static io.pilothouse.lang.syntax.ScalarExtents.isBreak;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of scalar tokens: quotes and escapes removed, lines folded, block scalars chomped, as YAML 1.1 and
 * SnakeYAML define them.
 */
public final class ScalarValues {

    private ScalarValues() {}

    /** @return the value of a token of a scalar kind; {@code parentIndent} matters only for block scalars */
    public static String value(TokenKind kind, String text, int parentIndent) {
        return switch (kind) {
            case PLAIN -> fold(lines(text), false);
            case SINGLE_QUOTED -> fold(lines(text.substring(1, text.length() - 1)), true).replace("''", "'");
            case DOUBLE_QUOTED -> DoubleQuoted.value(text.substring(1, text.length() - 1));
            case LITERAL, FOLDED -> block(text, parentIndent);
            default -> text;
        };
    }

    /** @return the lines of {@code text}, without their line breaks */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (isBreak(text.charAt(i))) {
                lines.add(text.substring(start, i));
                i = ScalarExtents.afterBreak(text, i);
                start = i;
            } else {
                i++;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * Folds flow scalar lines: blanks around line breaks go, one line break becomes a space, each further one (an
     * empty line) stays a line break. Quoted scalars keep the blanks at their very start and end.
     */
    static String fold(List<String> lines, boolean quoted) {
        if (lines.size() == 1) {
            return quoted ? lines.get(0) : lines.get(0).strip();
        }
        StringBuilder value = new StringBuilder();
        int empty = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            String content = first
                    ? (quoted ? stripTrailing(line) : line.strip())
                    : last && quoted ? stripLeading(line) : line.strip();
            if (!first && !last && content.isEmpty()) {
                empty++;
                continue;
            }
            if (!first) {
                value.append(empty == 0 ? " " : "\n".repeat(empty));
            }
            empty = 0;
            value.append(content);
        }
        return value.toString();
    }

    static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String block(String text, int parentIndent) {
        BlockHeader header = BlockHeader.read(text, 0);
        if (header.headerEnd() >= text.length()) {
            return "";
        }
        int indent = header.contentIndent(text, parentIndent);
        List<String> lines = lines(text.substring(ScalarExtents.afterBreak(text, header.headerEnd())));
        boolean finalBreak = lines.get(lines.size() - 1).isEmpty();
        if (finalBreak) {
            lines.remove(lines.size() - 1);
        }
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            content.add(line.length() <= indent ? line.substring(0, 0) : line.substring(indent));
        }
        int last = content.size();
        while (last > 0 && content.get(last - 1).isEmpty()) {
            last--;
        }
        String body = header.folded()
                ? foldBlock(content.subList(0, last))
                : String.join("\n", content.subList(0,
                        last));
        int trailing = content.size() - last;
        String lineBreak = finalBreak || trailing > 0 ? "\n" : "";
        return switch (header.chomping()) {
            case '-' -> body;
            case '+' -> last == 0
                    ? "\n".repeat(trailing)
                    : body + lineBreak + "\n".repeat(Math.max(0, trailing
                            - (finalBreak ? 0 : 1)));
            default -> last == 0 ? "" : body + lineBreak;
        };
    }

    /** Folds the lines of a {@code >} scalar: a break between two normal lines becomes a space. */
    private static String foldBlock(List<String> lines) {
        StringBuilder value = new StringBuilder();
        boolean previousNormal = false;
        boolean pendingBreak = false;
        int empty = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                empty++;
                continue;
            }
            boolean normal = line.charAt(0) != ' ' && line.charAt(0) != '\t';
            if (pendingBreak) {
                if (previousNormal && normal && empty == 0) {
                    value.append(' ');
                } else {
                    value.append("\n".repeat(previousNormal && normal ? empty : empty + 1));
                }
            } else {
                value.append("\n".repeat(empty));
            }
            value.append(line);
            previousNormal = normal;
            pendingBreak = true;
            empty = 0;
        }
        return value.toString();
    }
}
