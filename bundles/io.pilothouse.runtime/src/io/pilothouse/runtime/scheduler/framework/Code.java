package io.pilothouse.runtime.scheduler.framework;

/** The outcome kinds of a plugin call, as upstream's {@code fwk.Code}. */
public enum Code {
    /** The plugin ran and the pod may go on. */
    SUCCESS("Success"),
    /** An internal error: the pod is retried after backoff. */
    ERROR("Error"),
    /** The pod does not fit now; preemption may help. */
    UNSCHEDULABLE("Unschedulable"),
    /** The pod does not fit and preemption cannot change that on this node. */
    UNSCHEDULABLE_AND_UNRESOLVABLE("UnschedulableAndUnresolvable"),
    /** A Permit plugin holds the pod until it is allowed, rejected or times out. */
    WAIT("Wait"),
    /** The plugin has nothing to do for this pod (PreFilter, PreScore, PreBind, Bind). */
    SKIP("Skip");

    private final String upstreamName;

    Code(String upstreamName) {
        this.upstreamName = upstreamName;
    }

    /** The name upstream prints for this code. */
    public String upstreamName() {
        return upstreamName;
    }
}
