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
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.resource.v1.DeviceClass;
import io.pilothouse.model.k8s.resource.v1.ResourceClaim;
import io.pilothouse.model.k8s.resource.v1.ResourceSlice;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Factory;
import io.pilothouse.model.k8s.storage.v1.CSINode;
import io.pilothouse.model.k8s.storage.v1.StorageClass;
import io.pilothouse.model.k8s.storage.v1.StorageV1Factory;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.WatchEvent;

/**
 * The objects besides nodes and pods that plugins read, as upstream's informer listers: namespaces (for namespace
 * selectors), services, replication controllers, replica sets and stateful sets (for default spreading), the storage
 * objects of the volume plugins and the resource.k8s.io objects of DynamicResources. Kept up to date from watches;
 * lookups never copy. Cluster-scoped objects are kept under the namespace {@code ""}.
 */
public final class Listers {

    private final Map<String, Map<String, String>> namespaceLabels = new TreeMap<>();
    private final Map<Class<?>, TreeMap<String, TreeMap<String, EObject>>> byKind = new HashMap<>();

    /** Listers that know no objects, for handles without a cluster. */
    public Listers() {
        for (Class<?> kind : List.of(Service.class, ReplicationController.class, ReplicaSet.class,
                StatefulSet.class, PersistentVolumeClaim.class, PersistentVolume.class, StorageClass.class,
                CSINode.class, ResourceClaim.class, ResourceSlice.class, DeviceClass.class)) {
            byKind.put(kind, new TreeMap<>());
        }
    }

    /** Listers fed from a store: the objects stored now, then every change. */
    public static Listers watching(ObjectStore store) {
        Listers listers = new Listers();
        List<EClass> kinds = List.of(CoreV1Factory.eINSTANCE.createNamespace().eClass(),
                CoreV1Factory.eINSTANCE.createService().eClass(),
                CoreV1Factory.eINSTANCE.createReplicationController().eClass(),
                AppsV1Factory.eINSTANCE.createReplicaSet().eClass(),
                AppsV1Factory.eINSTANCE.createStatefulSet().eClass(),
                CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(),
                CoreV1Factory.eINSTANCE.createPersistentVolume().eClass(),
                StorageV1Factory.eINSTANCE.createStorageClass().eClass(),
                StorageV1Factory.eINSTANCE.createCSINode().eClass(),
                ResourceV1Factory.eINSTANCE.createResourceClaim().eClass(),
                ResourceV1Factory.eINSTANCE.createResourceSlice().eClass(),
                ResourceV1Factory.eINSTANCE.createDeviceClass().eClass());
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

    /** A persistent volume claim, {@code null} when not known. */
    public PersistentVolumeClaim persistentVolumeClaim(String namespace, String name) {
        return get(PersistentVolumeClaim.class, namespace, name);
    }

    /** A persistent volume, {@code null} when not known. */
    public PersistentVolume persistentVolume(String name) {
        return get(PersistentVolume.class, "", name);
    }

    /** Every persistent volume, by name. */
    public List<PersistentVolume> persistentVolumes() {
        return list(PersistentVolume.class, "");
    }

    /** A storage class, {@code null} when not known. */
    public StorageClass storageClass(String name) {
        return get(StorageClass.class, "", name);
    }

    /** The CSINode of a node, {@code null} when not known. */
    public CSINode csiNode(String name) {
        return get(CSINode.class, "", name);
    }

    /** A resource claim, {@code null} when not known. */
    public ResourceClaim resourceClaim(String namespace, String name) {
        return get(ResourceClaim.class, namespace, name);
    }

    /** Every resource claim, by namespace and name. */
    public List<ResourceClaim> resourceClaims() {
        return byKind.get(ResourceClaim.class).values().stream()
                .flatMap(claims -> claims.values().stream()).map(ResourceClaim.class::cast).toList();
    }

    /** Every resource slice, by name. */
    public List<ResourceSlice> resourceSlices() {
        return list(ResourceSlice.class, "");
    }

    /** A device class, {@code null} when not known. */
    public DeviceClass deviceClass(String name) {
        return get(DeviceClass.class, "", name);
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
        String namespace = meta.getNamespace() == null ? "" : meta.getNamespace();
        if (deleted) {
            TreeMap<String, EObject> namespaced = objects.get(namespace);
            if (namespaced != null) {
                namespaced.remove(meta.getName());
            }
        } else {
            objects.computeIfAbsent(namespace, n -> new TreeMap<>()).put(meta.getName(), object);
        }
    }
}
