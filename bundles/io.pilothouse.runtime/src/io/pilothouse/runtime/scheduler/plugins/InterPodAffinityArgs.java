package io.pilothouse.runtime.scheduler.plugins;

/**
 * The arguments of InterPodAffinity, as upstream's {@code InterPodAffinityArgs}.
 *
 * @param hardPodAffinityWeight              the score weight of existing pods' required affinity terms the
 *                                           incoming pod matches (0–100)
 * @param ignorePreferredTermsOfExistingPods whether scoring looks only at the incoming pod's preferred terms
 */
public record InterPodAffinityArgs(int hardPodAffinityWeight, boolean ignorePreferredTermsOfExistingPods) {

    /** Upstream's defaults: weight 1, existing pods' terms counted. */
    public static final InterPodAffinityArgs DEFAULT = new InterPodAffinityArgs(1, false);

    /** Checks the weight range. */
    public InterPodAffinityArgs {
        if (hardPodAffinityWeight < 0 || hardPodAffinityWeight > 100) {
            throw new IllegalArgumentException("hardPodAffinityWeight: Invalid value: " + hardPodAffinityWeight
                    + ": not in valid range [0-100]");
        }
    }
}
