package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

/**
 * How NodeResourcesFit scores nodes, as upstream's {@code config.ScoringStrategy}.
 *
 * @param type      the strategy
 * @param resources the resources and their weights
 * @param shape     for {@link Type#REQUESTED_TO_CAPACITY_RATIO}: the utilization (0–100) to score (0–10) points, by
 *                  increasing utilization
 */
public record ScoringStrategy(Type type, List<ResourceSpec> resources, List<UtilizationShapePoint> shape) {

    /** The default: LeastAllocated over cpu and memory. */
    public static final ScoringStrategy DEFAULT = new ScoringStrategy(Type.LEAST_ALLOCATED, ResourceSpec.DEFAULTS,
            List.of());

    /** Copies the lists. */
    public ScoringStrategy {
        resources = List.copyOf(resources);
        shape = List.copyOf(shape);
    }

    /** The strategies. */
    public enum Type {
        /** Favors nodes with the most room left. */
        LEAST_ALLOCATED,
        /** Favors the fullest nodes (bin packing). */
        MOST_ALLOCATED,
        /** Scores utilization through a piecewise-linear function. */
        REQUESTED_TO_CAPACITY_RATIO
    }

    /**
     * One point of the RequestedToCapacityRatio function.
     *
     * @param utilization the utilization, 0–100
     * @param score       the score, 0–10
     */
    public record UtilizationShapePoint(int utilization, int score) {}
}
