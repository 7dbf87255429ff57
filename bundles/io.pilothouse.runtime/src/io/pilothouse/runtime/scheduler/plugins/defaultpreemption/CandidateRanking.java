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
 * Upstream picks the first remaining candidate, in the order its parallel dry run found them; Pilothouse picks the
 * first in the order listed, which {@link DefaultPreemption} makes the order of the node names.
 */
public final class CandidateRanking {

    private static final Comparator<Rank> ORDER = Comparator.comparingInt(Rank::numPDBViolations)
            .thenComparingInt(Rank::highestPriority)
            .thenComparingLong(Rank::prioritySum)
            .thenComparingInt(Rank::numVictims)
            .thenComparing(Rank::earliestStart, Comparator.reverseOrder());

    private CandidateRanking() {}

    /**
     * A candidate with the keys it is ranked by, worked out once, where its dry run ran: ranking then reads one
     * object per candidate.
     */
    public record Rank(Candidate candidate, int numPDBViolations, int highestPriority, long prioritySum,
            int numVictims, Instant earliestStart) {

        /** The rank of a candidate; {@code now} is the start time of victims that have not started. */
        public static Rank of(Candidate candidate, Instant now) {
            return new Rank(candidate, candidate.numPDBViolations(), CandidateRanking.highestPriority(candidate),
                    CandidateRanking.prioritySum(candidate), candidate.victims().size(),
                    earliestStartOfMostImportant(candidate, now));
        }
    }

    /** The best candidate, the first listed among equals; the list must not be empty. */
    public static Candidate pick(List<Rank> ranks) {
        Rank best = ranks.get(0);
        for (int i = 1; i < ranks.size(); i++) {
            if (ORDER.compare(ranks.get(i), best) < 0) {
                best = ranks.get(i);
            }
        }
        return best.candidate();
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
