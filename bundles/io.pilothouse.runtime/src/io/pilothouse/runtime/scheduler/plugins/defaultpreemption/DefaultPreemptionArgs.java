package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

/**
 * The arguments of DefaultPreemption, as upstream's {@code DefaultPreemptionArgs}: how many nodes the dry run looks
 * for candidates on, at least the percentage of all nodes and at least the absolute number (bounded by the nodes).
 *
 * @param minCandidateNodesPercentage 0–100
 * @param minCandidateNodesAbsolute   at least 0
 */
public record DefaultPreemptionArgs(int minCandidateNodesPercentage, int minCandidateNodesAbsolute) {

    /** The defaults: 10% and 100. */
    public static final DefaultPreemptionArgs DEFAULT = new DefaultPreemptionArgs(10, 100);

    /** Checks the ranges, as upstream's validation. */
    public DefaultPreemptionArgs {
        if (minCandidateNodesPercentage < 0 || minCandidateNodesPercentage > 100) {
            throw new IllegalArgumentException("minCandidateNodesPercentage: not in valid range [0, 100]");
        }
        if (minCandidateNodesAbsolute < 0) {
            throw new IllegalArgumentException("minCandidateNodesAbsolute: not in valid range [0, inf)");
        }
        if (minCandidateNodesPercentage == 0 && minCandidateNodesAbsolute == 0) {
            throw new IllegalArgumentException(
                    "minCandidateNodesPercentage and minCandidateNodesAbsolute cannot both be zero");
        }
    }

    /** How many candidates the dry run looks for among some nodes, as upstream's {@code calculateNumCandidates}. */
    public int numCandidates(int numNodes) {
        int n = (int) ((long) numNodes * minCandidateNodesPercentage / 100);
        if (n < minCandidateNodesAbsolute) {
            n = minCandidateNodesAbsolute;
        }
        return Math.min(n, numNodes);
    }
}
