package io.pilothouse.runtime.kubelet;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.pilothouse.runtime.api.ObjectKey;

/**
 * The pod workers of the kubelets, by pod key, and indexed by node and by namespace, so that admitting a pod looks
 * at the pods of its node only and a change of a ConfigMap or Secret at the pods of its namespace only.
 */
final class PodWorkers {

    private final Map<ObjectKey, PodWorker> byKey = new HashMap<>();
    private final Map<String, Map<ObjectKey, PodWorker>> byNode = new HashMap<>();
    private final Map<String, NavigableMap<String, ObjectKey>> byNamespace = new HashMap<>();

    PodWorker get(ObjectKey key) {
        return byKey.get(key);
    }

    void put(ObjectKey key, PodWorker worker) {
        remove(key);
        byKey.put(key, worker);
        byNode.computeIfAbsent(worker.node(), node -> new LinkedHashMap<>()).put(key, worker);
        byNamespace.computeIfAbsent(key.namespace(), namespace -> new TreeMap<>()).put(key.name(), key);
    }

    void remove(ObjectKey key) {
        PodWorker worker = byKey.remove(key);
        if (worker == null) {
            return;
        }
        Map<ObjectKey, PodWorker> onNode = byNode.get(worker.node());
        onNode.remove(key);
        if (onNode.isEmpty()) {
            byNode.remove(worker.node());
        }
        NavigableMap<String, ObjectKey> inNamespace = byNamespace.get(key.namespace());
        inNamespace.remove(key.name());
        if (inNamespace.isEmpty()) {
            byNamespace.remove(key.namespace());
        }
    }

    /** The workers of the pods bound to a node. */
    Collection<PodWorker> onNode(String node) {
        Map<ObjectKey, PodWorker> workers = byNode.get(node);
        return workers == null ? List.of() : workers.values();
    }

    /** The keys of the pods of a namespace that have a worker, by name. */
    List<ObjectKey> inNamespace(String namespace) {
        NavigableMap<String, ObjectKey> keys = byNamespace.get(namespace);
        return keys == null ? List.of() : List.copyOf(keys.values());
    }
}
