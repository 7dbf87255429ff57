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

    private static final Comparator<Rank> ORDER = Comparator
            .<Rank>comparingInt(rank -> rank.candidate().numPDBViolations())
            .thenComparingInt(Rank::highestPriority)
            .thenComparingLong(Rank::prioritySum)
            .thenComparingInt(rank -> rank.candidate().victims().size())
            .thenComparing(Rank::earliestStart, Comparator.reverseOrder())
            .thenComparing(rank -> rank.candidate().nodeName());

    private CandidateRanking() {}

    /** The best candidate; the list must not be empty. */
    public static Candidate pick(List<Candidate> candidates, Instant now) {
        Rank best = null;
        for (Candidate candidate : candidates) {
            Rank rank = new Rank(candidate, highestPriority(candidate), prioritySum(candidate),
                    earliestStartOfMostImportant(candidate, now));
            if (best == null || ORDER.compare(rank, best) < 0) {
                best = rank;
            }
        }
        return best.candidate();
    }

    /** A candidate with the keys it is ranked by, worked out once. */
    private record Rank(Candidate candidate, int highestPriority, long prioritySum, Instant earliestStart) {}

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
