package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;

import io.pilothouse.runtime.scheduler.framework.ScorePlugin;
import io.pilothouse.runtime.scheduler.plugins.ScoringStrategy.UtilizationShapePoint;

/** Upstream's resource scoring functions: LeastAllocated, MostAllocated, RequestedToCapacityRatio, Balanced. */
final class ResourceScorers {

    /** The highest score of a RequestedToCapacityRatio shape point. */
    static final long MAX_CUSTOM_PRIORITY_SCORE = 10;
    private static final long MAX_UTILIZATION = 100;

    private ResourceScorers() {}

    /** A scorer of allocatable and requested vectors. */
    interface Scorer {
        long score(long[] requested, long[] allocatable);
    }

    static Scorer of(ScoringStrategy strategy) {
        List<ResourceSpec> resources = strategy.resources();
        return switch (strategy.type()) {
            case LEAST_ALLOCATED -> (requested, allocatable) -> weightedAverage(resources, requested, allocatable,
                    false);
            case MOST_ALLOCATED -> (requested, allocatable) -> weightedAverage(resources, requested, allocatable,
                    true);
            case REQUESTED_TO_CAPACITY_RATIO -> requestedToCapacityRatio(resources, strategy.shape());
        };
    }

    private static long weightedAverage(List<ResourceSpec> resources, long[] requested, long[] allocatable,
            boolean most) {
        long nodeScore = 0;
        long weightSum = 0;
        for (int i = 0; i < requested.length; i++) {
            if (allocatable[i] == 0) {
                continue;
            }
            long weight = resources.get(i).weight();
            long score = most
                    ? mostRequested(requested[i], allocatable[i])
                    : leastRequested(requested[i], allocatable[i]);
            nodeScore += score * weight;
            weightSum += weight;
        }
        return weightSum == 0 ? 0 : nodeScore / weightSum;
    }

    private static long leastRequested(long requested, long capacity) {
        if (requested > capacity) {
            return 0;
        }
        return (capacity - requested) * ScorePlugin.MAX_NODE_SCORE / capacity;
    }

    private static long mostRequested(long requested, long capacity) {
        return Math.min(requested, capacity) * ScorePlugin.MAX_NODE_SCORE / capacity;
    }

    private static Scorer requestedToCapacityRatio(List<ResourceSpec> resources, List<UtilizationShapePoint> shape) {
        long[] utilization = new long[shape.size()];
        long[] scores = new long[shape.size()];
        for (int i = 0; i < utilization.length; i++) {
            utilization[i] = shape.get(i).utilization();
            scores[i] = shape.get(i).score() * (ScorePlugin.MAX_NODE_SCORE / MAX_CUSTOM_PRIORITY_SCORE);
        }
        return (requested, allocatable) -> {
            long nodeScore = 0;
            long weightSum = 0;
            for (int i = 0; i < requested.length; i++) {
                if (allocatable[i] == 0) {
                    continue;
                }
                long used = requested[i] > allocatable[i]
                        ? MAX_UTILIZATION
                        : requested[i] * MAX_UTILIZATION / allocatable[i];
                long score = brokenLinear(utilization, scores, used);
                if (score > 0) {
                    nodeScore += score * resources.get(i).weight();
                    weightSum += resources.get(i).weight();
                }
            }
            return weightSum == 0 ? 0 : Math.round((double) nodeScore / weightSum);
        };
    }

    /** The piecewise-linear function through the shape points, flat before the first and after the last. */
    static long brokenLinear(long[] utilization, long[] scores, long value) {
        for (int i = 0; i < utilization.length; i++) {
            if (value <= utilization[i]) {
                if (i == 0) {
                    return scores[0];
                }
                return scores[i - 1] + (scores[i] - scores[i - 1]) * (value - utilization[i - 1])
                        / (utilization[i] - utilization[i - 1]);
            }
        }
        return scores[scores.length - 1];
    }

    /**
     * BalancedAllocation: 100 × (1 − the standard deviation of the requested fractions).
     *
     * @param fractions where the fractions go, as long as the other arrays
     */
    static long balanced(long[] requested, long[] allocatable, double[] fractions) {
        int count = 0;
        double total = 0;
        for (int i = 0; i < requested.length; i++) {
            if (allocatable[i] == 0) {
                continue;
            }
            double fraction = Math.min(1, (double) requested[i] / allocatable[i]);
            total += fraction;
            fractions[count++] = fraction;
        }
        double std = 0;
        if (count == 2) {
            std = Math.abs((fractions[0] - fractions[1]) / 2);
        } else if (count > 2) {
            double mean = total / count;
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += (fractions[i] - mean) * (fractions[i] - mean);
            }
            std = Math.sqrt(sum / count);
        }
        return (long) ((1 - std) * ScorePlugin.MAX_NODE_SCORE);
    }
}
