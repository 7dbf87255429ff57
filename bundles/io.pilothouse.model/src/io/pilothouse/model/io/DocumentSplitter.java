package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into chunks at lines that start with the document marker {@code ---} (followed by the end of
 * the line or a blank), as kubectl's YAML reader does, so a syntax error in one document cannot hide the others.
 */
final class DocumentSplitter {

    private DocumentSplitter() {}

    /** @return chunk boundaries: chunk i spans {@code [bounds[i], bounds[i + 1])} */
    static int[] split(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            if (lineStart > 0 && text.startsWith("---", lineStart) && isBlankOrEnd(text, lineStart + 3)) {
                starts.add(lineStart);
            }
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        int[] bounds = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            bounds[i] = starts.get(i);
        }
        bounds[starts.size()] = n;
        return bounds;
    }

    private static boolean isBlankOrEnd(String text, int position) {
        if (position >= text.length()) {
            return true;
        }
        char c = text.charAt(position);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
