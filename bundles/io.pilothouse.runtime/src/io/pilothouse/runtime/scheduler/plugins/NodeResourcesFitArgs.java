package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

/**
 * The arguments of NodeResourcesFit, as upstream's {@code NodeResourcesFitArgs}.
 *
 * @param ignoredResources      extended resources the filter does not check
 * @param ignoredResourceGroups prefixes ({@code example.com}) of extended resources the filter does not check
 * @param scoringStrategy       how nodes are scored
 */
public record NodeResourcesFitArgs(List<String> ignoredResources, List<String> ignoredResourceGroups,
        ScoringStrategy scoringStrategy) {

    /** The defaults: nothing ignored, LeastAllocated over cpu and memory. */
    public static final NodeResourcesFitArgs DEFAULT = new NodeResourcesFitArgs(List.of(), List.of(),
            ScoringStrategy.DEFAULT);

    /** Copies the lists. */
    public NodeResourcesFitArgs {
        ignoredResources = List.copyOf(ignoredResources);
        ignoredResourceGroups = List.copyOf(ignoredResourceGroups);
    }
}
