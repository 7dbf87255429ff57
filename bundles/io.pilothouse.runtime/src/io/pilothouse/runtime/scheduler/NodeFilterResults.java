package io.pilothouse.runtime.scheduler;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

import io.pilothouse.runtime.scheduler.SchedulingAttempt.NodeFilterResult;
import io.pilothouse.runtime.scheduler.framework.Status;

/**
 * The Filter outcomes of an attempt in evaluation order, kept as two arrays (the node names and statuses are shared,
 * not copied) and read as an unmodifiable list of {@link NodeFilterResult}s: thousands of nodes per attempt cost two
 * references each.
 */
final class NodeFilterResults extends AbstractList<NodeFilterResult> implements RandomAccess {

    private String[] nodes = new String[16];
    private Status[] statuses = new Status[16];
    private int size;

    /** Adds the outcome of the next evaluated node. */
    void append(String node, Status status) {
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
            statuses = Arrays.copyOf(statuses, size * 2);
        }
        nodes[size] = node;
        statuses[size] = status;
        size++;
    }

    /** Adds the outcomes of the next evaluated nodes: the first {@code count} of the arrays. */
    void appendAll(String[] moreNodes, Status[] moreStatuses, int count) {
        if (size + count > nodes.length) {
            nodes = Arrays.copyOf(nodes, size + count);
            statuses = Arrays.copyOf(statuses, size + count);
        }
        System.arraycopy(moreNodes, 0, nodes, size, count);
        System.arraycopy(moreStatuses, 0, statuses, size, count);
        size += count;
    }

    /** The arrays trimmed to the outcomes added, once the attempt is over. */
    NodeFilterResults trimmed() {
        if (nodes.length != size) {
            nodes = Arrays.copyOf(nodes, size);
            statuses = Arrays.copyOf(statuses, size);
        }
        return this;
    }

    @Override
    public NodeFilterResult get(int index) {
        return new NodeFilterResult(nodes[checkIndex(index)], statuses[index]);
    }

    @Override
    public int size() {
        return size;
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return index;
    }
}
