package io.pilothouse.runtime.controllers.job;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.Pod;

/** The completion indexes an Indexed Job starts pods for next: the lowest ones neither completed nor running. */
final class PendingIndexes {

    private PendingIndexes() {}

    /** Up to {@code count} indexes in ascending order. */
    static List<Integer> of(Job job, List<Pod> running, int count) {
        int completions = job.getSpec().getCompletions();
        NavigableSet<Integer> taken = IndexIntervals.parse(job.getStatus().getCompletedIndexes(), completions);
        running.forEach(pod -> taken.add(JobPods.completionIndex(pod)));
        List<Integer> pending = new ArrayList<>(count);
        for (int index = 0; index < completions && pending.size() < count; index++) {
            if (!taken.contains(index)) {
                pending.add(index);
            }
        }
        return pending;
    }
}
