package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The decoded text of one input with its line table, turning offsets into {@link SourceRange}s. */
final class SourceText {

    private final String file;
    private final String text;
    private final int[] lineStarts;
    /** Offsets of the high surrogates of surrogate pairs, to map SnakeYAML's code point indexes to offsets. */
    private final int[] pairStarts;

    SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> pairs = new ArrayList<>();
        int[] starts = new int[16];
        int lines = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                pairs.add(i);
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.pairStarts = pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    /** @return the range of the characters from {@code start} (inclusive) to {@code end} (exclusive) */
    SourceRange range(int start, int end) {
        int line = lineOf(start);
        return new SourceRange(file, line + 1, start - lineStarts[line] + 1, start, Math.max(0, end - start));
    }

    private int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /**
     * @return the character offset of the {@code codePointIndex}-th code point after {@code chunkStart}; SnakeYAML
     *         counts code points, so characters outside the Basic Multilingual Plane shift the offsets
     */
    int offsetOfCodePoint(int chunkStart, int codePointIndex) {
        if (pairStarts.length == 0) {
            return chunkStart + codePointIndex;
        }
        int first = Arrays.binarySearch(pairStarts, chunkStart);
        first = first >= 0 ? first : -first - 1;
        int low = first;
        int high = pairStarts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int codePointsBefore = pairStarts[middle] - chunkStart - (middle - first);
            if (codePointsBefore < codePointIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return chunkStart + codePointIndex + (low - first);
    }
}
