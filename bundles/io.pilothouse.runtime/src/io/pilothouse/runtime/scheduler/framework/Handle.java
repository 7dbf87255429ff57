package io.pilothouse.runtime.scheduler.framework;

/** What the framework offers its plugins besides the per-cycle arguments. */
public interface Handle {

    /** The nodes as the current scheduling cycle sees them. */
    Snapshot snapshot();

    /** The pod held at Permit under a key ({@code namespace/name}), or {@code null}. */
    WaitingPod waitingPod(String podKey);

    /** The namespaces, services and workload controllers; a handle without a cluster knows none. */
    default Listers listers() {
        return new Listers();
    }

    /** What spreads the searches over nodes across threads (upstream's {@code Parallelizer}); none by default. */
    default Parallelizer parallelizer() {
        return Parallelizer.SEQUENTIAL;
    }
}
