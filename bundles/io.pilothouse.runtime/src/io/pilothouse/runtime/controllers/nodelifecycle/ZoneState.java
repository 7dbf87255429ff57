package io.pilothouse.runtime.controllers.nodelifecycle;

/** The health of a zone, as upstream's node lifecycle controller names it. */
public enum ZoneState {
    /** A zone just seen. */
    Initial,
    /** Fewer than the unhealthy threshold of its nodes are not Ready. */
    Normal,
    /** No node is Ready. */
    FullDisruption,
    /** More than two nodes, and at least the unhealthy threshold of them, are not Ready. */
    PartialDisruption
}
