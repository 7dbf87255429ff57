package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.pilothouse.runtime.scheduler.framework.PodInfo;

/**
 * Picks the node to preempt on among the candidates, as upstream's {@code pickOneNodeForPreemption}: the fewest
 * PodDisruptionBudget violations, then the lowest priority of the most important victim, then the smallest sum of
 * the victims' priorities (each shifted by 2^31 so that negative priorities count), then the fewest victims, then
 * the latest start of the most important victims (the earliest start among the victims of the highest priority).
 * <p>
 * Upstream picks the first remaining candidate, in the order its parallel dry run found them; Pilothouse picks
 * the node whose name sorts first.
 */
public final class CandidateRanking {

    private CandidateRanking() {}

    /** The best candidate; the list must not be empty. */
    public static Candidate pick(List<Candidate> candidates, Instant now) {
        Comparator<Candidate> order = Comparator.<Candidate>comparingInt(Candidate::numPDBViolations)
                .thenComparingInt(CandidateRanking::highestPriority)
                .thenComparingLong(CandidateRanking::prioritySum)
                .thenComparingInt(c -> c.victims().size())
                .thenComparing(c -> earliestStartOfMostImportant(c, now), Comparator.reverseOrder())
                .thenComparing(Candidate::nodeName);
        return candidates.stream().min(order).orElseThrow();
    }

    private static int highestPriority(Candidate candidate) {
        return candidate.victims().get(0).priority();
    }

    private static long prioritySum(Candidate candidate) {
        long sum = 0;
        for (PodInfo victim : candidate.victims()) {
            sum += (long) victim.priority() + Integer.MAX_VALUE + 1;
        }
        return sum;
    }

    private static Instant earliestStartOfMostImportant(Candidate candidate, Instant now) {
        int highest = highestPriority(candidate);
        Instant earliest = null;
        for (PodInfo victim : candidate.victims()) {
            if (victim.priority() == highest) {
                Instant start = VictimSelection.startTime(victim, now);
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
            }
        }
        return earliest;
    }
}
