package io.pilothouse.runtime.scheduler;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeScore;
import io.pilothouse.runtime.scheduler.SchedulingAttempt.PluginScore;

/**
 * The score table of an attempt, kept as arrays (per plugin: the raw and normalized score of each node) and read as
 * an unmodifiable list of {@link NodeScore}s in the order of the scored nodes; the records are made when read.
 */
final class NodeScores extends AbstractList<NodeScore> implements RandomAccess {

    private final String[] nodes;
    private final String[] plugins;
    private final int[] weights;
    private final long[][] raw;
    private final long[][] normalized;
    private final long[] totals;

    /**
     * A table.
     *
     * @param nodes      the scored nodes
     * @param plugins    the plugins that scored, in order
     * @param weights    their weights
     * @param raw        per plugin, the score of each node
     * @param normalized per plugin, the normalized score of each node
     * @param totals     the weighted sum of each node
     */
    NodeScores(String[] nodes, String[] plugins, int[] weights, long[][] raw, long[][] normalized, long[] totals) {
        this.nodes = nodes;
        this.plugins = plugins;
        this.weights = weights;
        this.raw = raw;
        this.normalized = normalized;
        this.totals = totals;
    }

    @Override
    public NodeScore get(int index) {
        if (index < 0 || index >= nodes.length) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + nodes.length);
        }
        List<PluginScore> scores = new ArrayList<>(plugins.length);
        for (int p = 0; p < plugins.length; p++) {
            long score = normalized[p][index];
            scores.add(new PluginScore(plugins[p], raw[p][index], score, weights[p], score * weights[p]));
        }
        return new NodeScore(nodes[index], List.copyOf(scores), totals[index]);
    }

    @Override
    public int size() {
        return nodes.length;
    }
}
