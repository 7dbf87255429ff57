package io.pilothouse.runtime.controllers.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Upstream's {@code firstPendingIndexes}: the indexes an Indexed Job starts pods for next, the lowest ones neither
 * succeeded, failed, running nor (when only failed pods are replaced) terminating.
 */
final class PendingIndexes {

    private PendingIndexes() {}

    /** Up to {@code count} indexes below {@code completions} not {@code taken}, in ascending order. */
    static List<Integer> of(int completions, Set<Integer> taken, int count) {
        List<Integer> pending = new ArrayList<>(count);
        for (int index = 0; index < completions && pending.size() < count; index++) {
            if (!taken.contains(index)) {
                pending.add(index);
            }
        }
        return pending;
    }
}
