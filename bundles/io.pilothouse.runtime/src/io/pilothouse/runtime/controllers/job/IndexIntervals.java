package io.pilothouse.runtime.controllers.job;

import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The compressed index lists of an Indexed Job's status ({@code completedIndexes}, {@code failedIndexes}) and of a
 * success policy rule: ascending, comma-separated numbers and ranges, {@code 1,3-5,7,8}. As upstream writes them, a
 * range covers at least three numbers (two neighbours are listed); indexes outside {@code [0, completions)} are
 * dropped when parsing.
 */
final class IndexIntervals {

    private IndexIntervals() {}

    /** The indexes of a list; {@code null} or empty gives none. */
    static NavigableSet<Integer> parse(String intervals, int completions) {
        NavigableSet<Integer> indexes = new TreeSet<>();
        if (intervals == null || intervals.isEmpty()) {
            return indexes;
        }
        for (String part : intervals.split(",")) {
            int dash = part.indexOf('-');
            int first = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int last = dash < 0 ? first : Integer.parseInt(part.substring(dash + 1));
            for (int index = first; index <= last && index < completions; index++) {
                indexes.add(index);
            }
        }
        return indexes;
    }

    /** The list of the indexes, or {@code null} when there are none. */
    static String format(Collection<Integer> indexes) {
        if (indexes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Integer start = null;
        Integer previous = null;
        for (int index : new TreeSet<>(indexes)) {
            if (previous != null && index == previous + 1) {
                previous = index;
                continue;
            }
            append(text, start, previous);
            start = index;
            previous = index;
        }
        append(text, start, previous);
        return text.toString();
    }

    private static void append(StringBuilder text, Integer start, Integer end) {
        if (start == null) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(',');
        }
        text.append(start);
        if (end > start) {
            text.append(end == start + 1 ? ',' : '-').append(end);
        }
    }
}
