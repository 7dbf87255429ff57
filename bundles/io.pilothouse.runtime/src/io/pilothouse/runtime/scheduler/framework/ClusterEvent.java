package io.pilothouse.runtime.scheduler.framework;

import org.eclipse.emf.ecore.EObject;

/**
 * A change in the cluster that may make pending pods schedulable, as upstream's {@code fwk.ClusterEvent}: a resource
 * and a set of action bits. An event the queue hears of may carry the changed object, for the plugins' queueing hints.
 *
 * @param resource what changed
 * @param actions  how it changed ({@link #ADD}, {@link #DELETE}, update bits)
 * @param object   the object as written (its last state for a deletion); {@code null} in registrations
 */
public record ClusterEvent(EventResource resource, int actions, EObject object) {

    /** An event without its object, as plugins register it. */
    public ClusterEvent(EventResource resource, int actions) {
        this(resource, actions, null);
    }

    public static final int ADD = 1;
    public static final int DELETE = 1 << 1;
    public static final int UPDATE_NODE_ALLOCATABLE = 1 << 2;
    public static final int UPDATE_NODE_LABEL = 1 << 3;
    public static final int UPDATE_NODE_TAINT = 1 << 4;
    public static final int UPDATE_NODE_CONDITION = 1 << 5;
    public static final int UPDATE_NODE_ANNOTATION = 1 << 6;
    public static final int UPDATE_POD_LABEL = 1 << 7;
    public static final int UPDATE_POD_SCALE_DOWN = 1 << 8;
    public static final int UPDATE_POD_TOLERATION = 1 << 9;
    public static final int UPDATE_POD_SCHEDULING_GATES_ELIMINATED = 1 << 10;
    /** Any other update. */
    public static final int UPDATE_OTHER = 1 << 11;
    /** Every kind of update. */
    public static final int UPDATE = UPDATE_NODE_ALLOCATABLE | UPDATE_NODE_LABEL | UPDATE_NODE_TAINT
            | UPDATE_NODE_CONDITION | UPDATE_NODE_ANNOTATION | UPDATE_POD_LABEL | UPDATE_POD_SCALE_DOWN
            | UPDATE_POD_TOLERATION | UPDATE_POD_SCHEDULING_GATES_ELIMINATED | UPDATE_OTHER;
    /** Every action. */
    public static final int ALL = ADD | DELETE | UPDATE;

    /** The resources whose changes the queue hears of. */
    public enum EventResource {
        /** A Node. */
        NODE,
        /** Any pod; registered interest in it covers assigned and unscheduled pods. */
        POD,
        /** A pod bound to a node. */
        ASSIGNED_POD,
        /** A pod not bound yet. */
        UNSCHEDULED_POD,
        /** A PersistentVolumeClaim. */
        PERSISTENT_VOLUME_CLAIM,
        /** A PersistentVolume. */
        PERSISTENT_VOLUME,
        /** A StorageClass. */
        STORAGE_CLASS,
        /** A CSINode. */
        CSI_NODE,
        /** A ResourceClaim. */
        RESOURCE_CLAIM,
        /** A ResourceSlice. */
        RESOURCE_SLICE,
        /** A DeviceClass. */
        DEVICE_CLASS,
        /** Anything: interest in it covers every event. */
        WILDCARD
    }

    /** Whether an incoming event is one this registered event asks for. */
    public boolean matches(ClusterEvent incoming) {
        boolean resourceMatches = resource == EventResource.WILDCARD || resource == incoming.resource
                || resource == EventResource.POD && (incoming.resource == EventResource.ASSIGNED_POD
                        || incoming.resource == EventResource.UNSCHEDULED_POD);
        return resourceMatches && (actions & incoming.actions) != 0;
    }
}
