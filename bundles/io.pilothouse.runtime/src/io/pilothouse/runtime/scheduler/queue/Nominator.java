package io.pilothouse.runtime.scheduler.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;

/**
 * Upstream's {@code nominator}: the pending pods nominated to a node ({@code status.nominatedNodeName}), waiting for
 * the room preemption made there. Each node's pods, in the order they were nominated, are also handed to its
 * {@link NodeInfo}, where the Filter search reads them without a lookup per node; a node added later gets the pods
 * nominated to it before.
 */
public final class Nominator {

    private final Snapshot snapshot;
    private final Map<String, List<PodInfo>> byNode = new HashMap<>();
    private final Map<String, String> nodeOf = new HashMap<>();

    public Nominator(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Records a pending pod's nomination, replacing its previous one; a pod without one is forgotten. */
    public void add(PodInfo pod) {
        delete(pod.key());
        String node = pod.pod().getStatus() == null ? null : pod.pod().getStatus().getNominatedNodeName();
        if (node != null && !node.isEmpty()) {
            nodeOf.put(pod.key(), node);
            byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(pod);
            publish(node);
        }
    }

    /** Forgets a pod's nomination. */
    public void delete(String podKey) {
        String node = nodeOf.remove(podKey);
        if (node != null) {
            List<PodInfo> pods = byNode.get(node);
            pods.removeIf(pod -> pod.key().equals(podKey));
            if (pods.isEmpty()) {
                byNode.remove(node);
            }
            publish(node);
        }
    }

    /** The pods nominated to a node, in the order they were nominated. */
    public List<PodInfo> nominatedPods(String nodeName) {
        List<PodInfo> pods = byNode.get(nodeName);
        return pods == null ? List.of() : List.copyOf(pods);
    }

    /** Hands a node's nominated pods to its node info, after the node was added to the snapshot. */
    public void nodeAdded(String nodeName) {
        publish(nodeName);
    }

    private void publish(String nodeName) {
        NodeInfo info = snapshot.get(nodeName);
        if (info != null) {
            info.setNominatedPods(nominatedPods(nodeName));
        }
    }
}
