package io.pilothouse.runtime.controllers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.WatchEvent;

/**
 * A controller's cache of one kind, as client-go's informer with its indexers: it lists the stored objects once,
 * then follows the watch, and answers by key, by namespace, by controlling owner uid and for objects without
 * controller. Lists come in key order. The cached objects are shared: read them, copy before writing.
 *
 * @param <T> the kind's class
 */
public final class Informer<T extends EObject> {

    /** Receives the changes the cache has applied, as client-go's {@code ResourceEventHandler}; ignores by default. */
    public interface Handler<T> {

        /** An object appeared (also for each object listed at start). */
        default void onAdd(T object) {}

        /** An object changed. */
        default void onUpdate(T old, T current) {}

        /** An object was removed; {@code object} is its last state. */
        default void onDelete(T object) {}
    }

    private final KindInfo info;
    private final Handler<T> handler;
    private final Map<String, T> objects = new HashMap<>();
    private final Map<String, NavigableSet<String>> byNamespace = new HashMap<>();
    private final Map<String, NavigableSet<String>> byController = new HashMap<>();
    private final Map<String, NavigableSet<String>> orphans = new HashMap<>();

    private Informer(EClass kind, Handler<T> handler) {
        this.info = KindInfo.of(kind);
        this.handler = handler;
    }

    /** Lists the objects of a kind, announcing each to the handler, and follows its watch from then on. */
    public static <T extends EObject> Informer<T> start(ObjectStore store, EClass kind, Handler<T> handler) {
        Informer<T> informer = new Informer<>(kind, handler);
        List<T> existing = store.list(kind, null, null);
        for (T object : existing) {
            informer.put(object);
        }
        store.watch(kind, informer::onEvent);
        for (T object : existing) {
            handler.onAdd(object);
        }
        return informer;
    }

    /** The key of an object, {@code namespace/name}, as client-go's {@code MetaNamespaceKeyFunc}. */
    public static String key(String namespace, String name) {
        return namespace == null || namespace.isEmpty() ? name : namespace + '/' + name;
    }

    /** The key of an object by its metadata, {@code namespace/name}. */
    public static String key(ObjectMeta meta) {
        return key(meta.getNamespace(), meta.getName());
    }

    /** The cached object with a key, or {@code null}. */
    public T get(String key) {
        return objects.get(key);
    }

    /**
     * The cached object a controllerRef in {@code namespace} points at: of this informer's kind, with the reference's
     * name and uid; {@code null} when there is none (another kind, a recreated object, or a reference that is null).
     */
    public T controllerOf(String namespace, OwnerReference reference) {
        if (reference == null || !info.eClass().getName().equals(reference.getKind())) {
            return null;
        }
        T owner = objects.get(key(namespace, reference.getName()));
        return owner != null && info.metadata(owner).getUid().equals(reference.getUid()) ? owner : null;
    }

    /** The metadata of an object of this informer's kind. */
    public ObjectMeta metadata(T object) {
        return info.metadata(object);
    }

    /** The cached objects of a namespace. */
    public List<T> inNamespace(String namespace) {
        return resolve(byNamespace.get(namespace));
    }

    /** The cached objects whose controlling owner has the given uid. */
    public List<T> controlledBy(String uid) {
        return resolve(byController.get(uid));
    }

    /** The cached objects of a namespace that have no controlling owner. */
    public List<T> orphans(String namespace) {
        return resolve(orphans.get(namespace));
    }

    @SuppressWarnings("unchecked")
    private void onEvent(WatchEvent event) {
        T object = (T) event.object();
        switch (event.type()) {
            case ADDED -> {
                put(object);
                handler.onAdd(object);
            }
            case MODIFIED -> {
                T old = put(object);
                handler.onUpdate(old, object);
            }
            case DELETED -> {
                remove(keyOf(object));
                handler.onDelete(object);
            }
        }
    }

    /** Caches an object; the indexes change only when its controller does (its namespace is part of the key). */
    private T put(T object) {
        String key = keyOf(object);
        T old = objects.put(key, object);
        ObjectMeta meta = info.metadata(object);
        OwnerReference controller = ControllerRefs.controllerOf(meta);
        if (old != null) {
            OwnerReference oldController = ControllerRefs.controllerOf(info.metadata(old));
            if (oldController == null
                    ? controller == null
                    : controller != null && Objects.equals(oldController.getUid(), controller.getUid())) {
                return old;
            }
            unindex(key, old);
        }
        index(byNamespace, namespaceOf(meta), key);
        if (controller == null) {
            index(orphans, namespaceOf(meta), key);
        } else {
            index(byController, controller.getUid(), key);
        }
        return old;
    }

    private void remove(String key) {
        T old = objects.remove(key);
        if (old != null) {
            unindex(key, old);
        }
    }

    private void unindex(String key, T old) {
        ObjectMeta meta = info.metadata(old);
        unindex(byNamespace, namespaceOf(meta), key);
        OwnerReference controller = ControllerRefs.controllerOf(meta);
        if (controller == null) {
            unindex(orphans, namespaceOf(meta), key);
        } else {
            unindex(byController, controller.getUid(), key);
        }
    }

    private String keyOf(T object) {
        return key(info.metadata(object));
    }

    private List<T> resolve(NavigableSet<String> keys) {
        if (keys == null) {
            return List.of();
        }
        List<T> resolved = new ArrayList<>(keys.size());
        for (String key : keys) {
            resolved.add(objects.get(key));
        }
        return resolved;
    }

    private static String namespaceOf(ObjectMeta meta) {
        return meta.getNamespace() == null ? "" : meta.getNamespace();
    }

    private static void index(Map<String, NavigableSet<String>> index, String value, String key) {
        index.computeIfAbsent(value, v -> new TreeSet<>()).add(key);
    }

    private static void unindex(Map<String, NavigableSet<String>> index, String value, String key) {
        NavigableSet<String> keys = index.get(value);
        if (keys != null && keys.remove(key) && keys.isEmpty()) {
            index.remove(value);
        }
    }
}
