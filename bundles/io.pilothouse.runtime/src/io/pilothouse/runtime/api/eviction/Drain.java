package io.pilothouse.runtime.api.eviction;

import java.util.ArrayList;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;

/**
 * {@code kubectl cordon}, {@code uncordon} and {@code drain}: cordoning marks the node unschedulable; draining
 * cordons, then evicts every pod bound to the node through the Eviction API (so budgets hold), except the pods of
 * DaemonSets, mirror pods and pods already being deleted, and reports the pods it could not evict.
 */
public final class Drain {

    /** The annotation of a static pod's mirror. */
    public static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

    /** What a drain did: the pods evicted and, for each pod left, kubectl's error line. */
    public record Result(List<String> evicted, List<String> failed) {}

    private final ObjectStore store;
    private final Evictions evictions;

    public Drain(ObjectStore store) {
        this.store = store;
        this.evictions = new Evictions(store);
    }

    /** Sets {@code spec.unschedulable}. */
    public void cordon(String node) {
        setUnschedulable(node, true);
    }

    /** Clears {@code spec.unschedulable}. */
    public void uncordon(String node) {
        setUnschedulable(node, false);
    }

    /** Cordons the node and evicts its pods, each once. */
    public Result drain(String node) {
        cordon(node);
        List<String> evicted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Pod pod : store.<Pod>list(CoreV1Package.Literals.POD, null, null)) {
            if (!node.equals(pod.getSpec().getNodeName()) || pod.getMetadata().getDeletionTimestamp() != null
                    || daemon(pod) || pod.getMetadata().getAnnotations().containsKey(MIRROR_ANNOTATION)) {
                continue;
            }
            String namespace = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            try {
                evictions.evict(namespace, name, null);
                evicted.add(namespace + "/" + name);
            } catch (ApiException e) {
                failed.add("error when evicting pods/\"" + name + "\" -n \"" + namespace + "\": " + e.getMessage());
            }
        }
        return new Result(evicted, failed);
    }

    private void setUnschedulable(String name, boolean unschedulable) {
        Node node = store.get(CoreV1Package.Literals.NODE, "", name);
        if (node.getSpec() == null) {
            node.setSpec(CoreV1Factory.eINSTANCE.createNodeSpec());
        }
        node.getSpec().setUnschedulable(unschedulable ? Boolean.TRUE : null);
        store.update(node);
    }

    private static boolean daemon(Pod pod) {
        return pod.getMetadata().getOwnerReferences().stream().anyMatch(
                (OwnerReference owner) -> Boolean.TRUE.equals(owner.getController())
                        && "DaemonSet".equals(owner.getKind()));
    }
}
