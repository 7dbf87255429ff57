package io.pilothouse.runtime.scheduler.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Upstream's {@code NodeToStatus}: what the Filter search said of each node it rejected, and the status of the nodes
 * PreFilter ruled out. The statuses are kept by position in the cycle's node list (the snapshot's nodes, in name
 * order), so the search and the PostFilter plugins reach them without a lookup by name.
 */
public final class NodeToStatus {

    private final List<NodeInfo> nodes;
    /** {@code null} until a node is rejected: most searches find enough nodes before any is. */
    private Status[] statuses;
    private final Status absent;
    private int numRejected;

    /**
     * The statuses of a search over some nodes.
     *
     * @param nodes  every node, in name order
     * @param absent the status of the nodes PreFilter ruled out, {@code null} when it ruled out none
     */
    public NodeToStatus(List<NodeInfo> nodes, Status absent) {
        this.nodes = nodes;
        this.absent = absent;
    }

    /** Every node, in name order. */
    public List<NodeInfo> nodes() {
        return nodes;
    }

    /** Records why the Filter search rejected the node at a position of {@link #nodes()}. */
    public void set(int position, Status status) {
        if (statuses == null) {
            statuses = new Status[nodes.size()];
        }
        if (statuses[position] == null) {
            numRejected++;
        }
        statuses[position] = status;
    }

    /**
     * The status of the node at a position of {@link #nodes()}: why the search rejected it, {@code null} when it did
     * not (the node passed, was not searched, or PreFilter ruled it out; see {@link #absent()}).
     */
    public Status get(int position) {
        return statuses == null ? null : statuses[position];
    }

    /** The status of a node by name, as {@link #get(int)}; {@code null} for a node that is not in the list. */
    public Status get(String nodeName) {
        int low = 0;
        int high = nodes.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = nodes.get(middle).name().compareTo(nodeName);
            if (order == 0) {
                return get(middle);
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /** The status of the nodes PreFilter ruled out, {@code null} when it ruled out none. */
    public Status absent() {
        return absent;
    }

    /** The statuses of the rejected nodes, in name order. */
    public List<Status> rejected() {
        List<Status> rejected = new ArrayList<>(numRejected);
        for (int i = 0; statuses != null && i < statuses.length; i++) {
            if (statuses[i] != null) {
                rejected.add(statuses[i]);
            }
        }
        return Collections.unmodifiableList(rejected);
    }
}
