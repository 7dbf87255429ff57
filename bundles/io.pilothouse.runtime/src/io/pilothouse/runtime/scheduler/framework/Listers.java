package io.pilothouse.runtime.scheduler.framework;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.WatchEvent;

/**
 * The objects besides nodes and pods that plugins read, as upstream's informer listers: namespaces (for namespace
 * selectors), services, replication controllers, replica sets and stateful sets (for default spreading). Kept up to
 * date from watches; lookups never copy.
 */
public final class Listers {

    private final Map<String, Map<String, String>> namespaceLabels = new TreeMap<>();
    private final Map<Class<?>, Map<String, TreeMap<String, EObject>>> byKind = new HashMap<>();

    /** Listers that know no objects, for handles without a cluster. */
    public Listers() {
        for (Class<?> kind : List.of(Service.class, ReplicationController.class, ReplicaSet.class,
                StatefulSet.class)) {
            byKind.put(kind, new HashMap<>());
        }
    }

    /** Listers fed from a store: the objects stored now, then every change. */
    public static Listers watching(ObjectStore store) {
        Listers listers = new Listers();
        List<EClass> kinds = List.of(CoreV1Factory.eINSTANCE.createNamespace().eClass(),
                CoreV1Factory.eINSTANCE.createService().eClass(),
                CoreV1Factory.eINSTANCE.createReplicationController().eClass(),
                AppsV1Factory.eINSTANCE.createReplicaSet().eClass(),
                AppsV1Factory.eINSTANCE.createStatefulSet().eClass());
        for (EClass kind : kinds) {
            store.watch(kind, listers::onEvent);
            for (EObject object : store.list(kind, null, null)) {
                listers.onEvent(new WatchEvent(WatchEvent.Type.ADDED, object));
            }
        }
        return listers;
    }

    /** The labels of a namespace; empty when it is not known. */
    public Map<String, String> namespaceLabels(String namespace) {
        return namespaceLabels.getOrDefault(namespace, Map.of());
    }

    /** The labels of every namespace, by name. */
    public Map<String, Map<String, String>> allNamespaceLabels() {
        return Collections.unmodifiableMap(namespaceLabels);
    }

    /** The services of a namespace, by name. */
    public List<Service> services(String namespace) {
        return list(Service.class, namespace);
    }

    /** A replication controller, {@code null} when not known. */
    public ReplicationController replicationController(String namespace, String name) {
        return get(ReplicationController.class, namespace, name);
    }

    /** A replica set, {@code null} when not known. */
    public ReplicaSet replicaSet(String namespace, String name) {
        return get(ReplicaSet.class, namespace, name);
    }

    /** A stateful set, {@code null} when not known. */
    public StatefulSet statefulSet(String namespace, String name) {
        return get(StatefulSet.class, namespace, name);
    }

    private <T> List<T> list(Class<T> kind, String namespace) {
        TreeMap<String, EObject> objects = byKind.get(kind).get(namespace);
        return objects == null ? List.of() : objects.values().stream().map(kind::cast).toList();
    }

    private <T> T get(Class<T> kind, String namespace, String name) {
        TreeMap<String, EObject> objects = byKind.get(kind).get(namespace);
        return objects == null ? null : kind.cast(objects.get(name));
    }

    private void onEvent(WatchEvent event) {
        EObject object = event.object();
        boolean deleted = event.type() == WatchEvent.Type.DELETED;
        ObjectMeta meta = KindInfo.of(object.eClass()).metadata(object);
        if (object instanceof Namespace) {
            if (deleted) {
                namespaceLabels.remove(meta.getName());
            } else {
                namespaceLabels.put(meta.getName(), Map.copyOf(meta.getLabels().map()));
            }
            return;
        }
        Map<String, TreeMap<String, EObject>> objects = byKind.get(object.eClass().getInstanceClass());
        if (deleted) {
            TreeMap<String, EObject> namespaced = objects.get(meta.getNamespace());
            if (namespaced != null) {
                namespaced.remove(meta.getName());
            }
        } else {
            objects.computeIfAbsent(meta.getNamespace(), n -> new TreeMap<>()).put(meta.getName(), object);
        }
    }
}
