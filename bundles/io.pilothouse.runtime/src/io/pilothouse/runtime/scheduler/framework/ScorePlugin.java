package io.pilothouse.runtime.scheduler.framework;

/** Ranks the feasible nodes; its scores are normalized to 0–100 and weighted. */
public interface ScorePlugin extends Plugin {

    /** The highest score a node can get after normalization. */
    long MAX_NODE_SCORE = 100;

    /** The raw score of a node. */
    long score(CycleState state, PodInfo pod, NodeInfo node);

    /**
     * Brings the raw scores of all feasible nodes to 0–{@value #MAX_NODE_SCORE}, in place. The default keeps them,
     * for plugins whose raw scores already are in range.
     */
    default Status normalizeScore(CycleState state, PodInfo pod, long[] scores) {
        return Status.SUCCESS;
    }

    /**
     * Upstream's {@code DefaultNormalizeScore}: scales scores so the highest becomes {@code maxPriority}, reversed
     * when asked; all zero stays zero, or becomes {@code maxPriority} when reversed.
     */
    static void defaultNormalizeScore(long maxPriority, boolean reverse, long[] scores) {
        long max = 0;
        for (long score : scores) {
            max = Math.max(max, score);
        }
        for (int i = 0; i < scores.length; i++) {
            long score = max == 0 ? 0 : maxPriority * scores[i] / max;
            scores[i] = reverse ? maxPriority - score : score;
        }
    }
}
