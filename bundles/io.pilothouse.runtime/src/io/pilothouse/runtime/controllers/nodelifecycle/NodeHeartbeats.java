package io.pilothouse.runtime.controllers.nodelifecycle;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.kubelet.NodeStatusWriter;

/**
 * What a simulation does to a node's kubelet: make it report Ready or not, and stop or resume its heartbeat (a
 * crashed kubelet, a network partition). A stopped heartbeat is the annotation {@value #HEARTBEAT} =
 * {@value #STOPPED} on the Node, so it lives in the store like the rest of the cluster; while it is there the
 * kubelet posts nothing, and the node lifecycle controller counts the grace period from the Ready condition's last
 * heartbeat.
 */
public final class NodeHeartbeats {

    /** The annotation that marks a node whose kubelet has stopped posting its status. */
    public static final String HEARTBEAT = "pilothouse.io/heartbeat";
    /** The value of {@link #HEARTBEAT} for a stopped heartbeat. */
    public static final String STOPPED = "Stopped";

    private final ObjectStore store;

    /** Acts on the nodes of a store. */
    public NodeHeartbeats(ObjectStore store) {
        this.store = store;
    }

    /**
     * The kubelet posts its status with Ready True or False.
     *
     * @throws IllegalStateException when the node's heartbeat is stopped: its kubelet cannot post
     */
    public void setNodeReady(String node, boolean ready) {
        Node current = store.get(CoreV1Package.Literals.NODE, "", node);
        if (stopped(current)) {
            throw new IllegalStateException("the kubelet of node " + node + " has stopped posting its status");
        }
        post(current, ready);
    }

    /** The kubelet posts a last heartbeat, then nothing more. */
    public void stopHeartbeat(String node) {
        Node current = store.get(CoreV1Package.Literals.NODE, "", node);
        if (stopped(current)) {
            return;
        }
        Node posted = EcoreUtil.copy(post(current, ready(current)));
        posted.getMetadata().getAnnotations().put(HEARTBEAT, STOPPED);
        store.update(posted);
    }

    /** The kubelet posts its status again, Ready. */
    public void resumeHeartbeat(String node) {
        Node current = store.get(CoreV1Package.Literals.NODE, "", node);
        if (!stopped(current)) {
            return;
        }
        Node resumed = EcoreUtil.copy(current);
        resumed.getMetadata().getAnnotations().removeKey(HEARTBEAT);
        post(store.update(resumed), true);
    }

    /** Whether the kubelet of a node has stopped posting its status. */
    static boolean stopped(Node node) {
        return STOPPED.equals(node.getMetadata().getAnnotations().get(HEARTBEAT));
    }

    private Node post(Node current, boolean ready) {
        Node updated = EcoreUtil.copy(current);
        NodeStatusWriter.post(updated, ready, store.clock().now());
        return store.updateStatus(updated);
    }

    private static boolean ready(Node node) {
        return node.getStatus() == null || node.getStatus().getConditions().stream()
                .noneMatch(c -> "Ready".equals(c.getType()) && "False".equals(c.getStatus()));
    }
}
