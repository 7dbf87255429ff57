package io.pilothouse.runtime.controllers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.WatchEvent;

/**
 * The cache of one kind, as client-go's shared informer with its indexers: it lists the stored objects once, then
 * follows the watch, and answers by key, by namespace, by controlling owner uid and for objects without controller.
 * Lists come in key order. One informer per kind serves every controller of a cluster ({@link Informers}); each
 * controller adds its handler, and the handlers hear of a change in the order they were added, after the cache has
 * applied it. The cached objects are shared: read them, copy before writing.
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

    private final ObjectStore store;
    private final KindInfo info;
    private final List<Handler<T>> handlers = new ArrayList<>();
    private final Map<String, T> objects = new HashMap<>();
    private final Map<String, Index<T>> byNamespace = new HashMap<>();
    private final Map<String, Index<T>> byController = new HashMap<>();
    private final Map<String, Index<T>> orphans = new HashMap<>();

    private Informer(ObjectStore store, EClass kind, Handler<T> handler) {
        this.store = store;
        this.info = KindInfo.of(kind);
        this.handlers.add(handler);
    }

    /**
     * The cluster's informer of a kind with the handler added: the handler hears of each cached object (as added,
     * in key order), then of every change.
     */
    public static <T extends EObject> Informer<T> start(ControllerContext context, EClass kind, Handler<T> handler) {
        return context.informers().informer(kind, handler);
    }

    /** Lists the objects of a kind, announcing each to the handler, and follows its watch from then on. */
    static <T extends EObject> Informer<T> start(ObjectStore store, EClass kind, Handler<T> handler) {
        Informer<T> informer = new Informer<>(store, kind, handler);
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

    /** Adds a handler, announcing the cached objects to it in key order. */
    void addHandler(Handler<T> handler) {
        handlers.add(handler);
        for (T listed : store.<T>list(info.eClass(), null, null)) {
            T cached = objects.get(keyOf(listed));
            if (cached != null) {
                handler.onAdd(cached);
            }
        }
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
                handlers.forEach(handler -> handler.onAdd(object));
            }
            case MODIFIED -> {
                T old = put(object);
                handlers.forEach(handler -> handler.onUpdate(old, object));
            }
            case DELETED -> {
                remove(keyOf(object));
                handlers.forEach(handler -> handler.onDelete(object));
            }
        }
    }

    /**
     * Caches an object; the indexes hold the objects themselves, and an object leaves the index of its controller only
     * when its controller changes (its namespace is part of the key).
     */
    private T put(T object) {
        String key = keyOf(object);
        T old = objects.put(key, object);
        ObjectMeta meta = info.metadata(object);
        OwnerReference controller = ControllerRefs.controllerOf(meta);
        if (old != null) {
            OwnerReference oldController = ControllerRefs.controllerOf(info.metadata(old));
            if (oldController == null
                    ? controller != null
                    : controller == null || !Objects.equals(oldController.getUid(), controller.getUid())) {
                unindex(key, old);
            }
        }
        index(byNamespace, namespaceOf(meta), key, object);
        if (controller == null) {
            index(orphans, namespaceOf(meta), key, object);
        } else {
            index(byController, controller.getUid(), key, object);
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

    private List<T> resolve(Index<T> indexed) {
        return indexed == null ? List.of() : new ArrayList<>(indexed.values);
    }

    private static String namespaceOf(ObjectMeta meta) {
        return meta.getNamespace() == null ? "" : meta.getNamespace();
    }

    private void index(Map<String, Index<T>> index, String value, String key, T object) {
        index.computeIfAbsent(value, v -> new Index<>()).put(key, object);
    }

    private void unindex(Map<String, Index<T>> index, String value, String key) {
        Index<T> indexed = index.get(value);
        if (indexed != null && indexed.remove(key) && indexed.keys.isEmpty()) {
            index.remove(value);
        }
    }

    /**
     * The objects of one index value in key order, as parallel sorted lists: a list of them is one array copy, where
     * a tree would be walked node by node on every sync.
     */
    private static final class Index<T> {

        private final List<String> keys = new ArrayList<>();
        private final List<T> values = new ArrayList<>();

        void put(String key, T object) {
            int position = Collections.binarySearch(keys, key);
            if (position >= 0) {
                values.set(position, object);
            } else {
                keys.add(-position - 1, key);
                values.add(-position - 1, object);
            }
        }

        boolean remove(String key) {
            int position = Collections.binarySearch(keys, key);
            if (position < 0) {
                return false;
            }
            keys.remove(position);
            values.remove(position);
            return true;
        }
    }
}
