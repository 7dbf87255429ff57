package io.pilothouse.runtime.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.Binding;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Namespace;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.DeleteOptions;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.patch.ObjectPatcher;
import io.pilothouse.runtime.api.patch.PatchType;

/**
 * The simulated API server's storage: objects of any generated kind, keyed by group and kind, namespace and name,
 * with upstream's system fields, optimistic concurrency, finalizers, namespace admission and errors.
 * <p>
 * Every write takes the next value of one cluster-wide {@code resourceVersion} counter (decimal text); the four
 * initial namespaces take 1 to 4. A {@code uid} is the name-based UUID of
 * {@code <group>/<kind>/<namespace>/<name>/<n>}, n counting creations, so the same sequence of calls makes the same
 * uids. Objects passed in and handed out are copies, except that watchers receive the stored objects themselves,
 * which they must not change (the store replaces an object on every write), and that {@link #createShared} and
 * {@link #updateStatusShared} take over what they are given and return the stored object, for callers that only
 * read the result. Watchers hear of each write before the call returns, unless the call is made by a watcher, whose
 * writes are announced after the events before them. Not thread-safe: a simulation runs on one thread.
 */
public final class ObjectStore {

    /** The namespaces every cluster starts with, in the order they are created; their phase is Active. */
    public static final List<String> INITIAL_NAMESPACES = NamespaceLifecycle.INITIAL_NAMESPACES;

    private static final int GENERATE_NAME_ATTEMPTS = 8;

    private final VirtualClock clock;
    private final ObjectIndex index = new ObjectIndex();
    private final NamespaceLifecycle namespaceLifecycle = new NamespaceLifecycle(index);
    private final WatchDispatcher watchers = new WatchDispatcher();
    private final NameGenerator names = new NameGenerator();
    private long resourceVersion;
    private long creations;
    private Admission admission;

    /** A store whose timestamps come from the given clock, holding the initial namespaces. */
    public ObjectStore(VirtualClock clock) {
        this.clock = clock;
        for (String name : INITIAL_NAMESPACES) {
            Namespace namespace = CoreV1Factory.eINSTANCE.createNamespace();
            NamespaceLifecycle.NAMESPACES.metadata(namespace).setName(name);
            create(namespace);
        }
    }

    /** The clock of this store. */
    public VirtualClock clock() {
        return clock;
    }

    /** Runs an admission on every later create and update before it persists; {@code null} for none. */
    public void setAdmission(Admission admission) {
        this.admission = admission;
    }

    /** The {@code resourceVersion} of the latest write. */
    public String resourceVersion() {
        return Long.toString(resourceVersion);
    }

    /**
     * Creates an object. A namespaced object without namespace goes to {@code default}; a cluster-scoped object
     * loses its namespace, as upstream clears it. The status is dropped (a Namespace starts Active).
     *
     * @return a copy of the object as stored
     * @throws ApiException NotFound when the namespace does not exist, Forbidden when it is terminating, Invalid
     *                      without name and generateName, InternalError with a resourceVersion, AlreadyExists
     */
    public <T extends EObject> T create(T object) {
        return EcoreUtil.copy(insert(EcoreUtil.copy(object)));
    }

    /**
     * Creates an object as {@link #create} does, for a caller that hands the object over and only reads the result
     * (as an event recorder): the object itself is stored, so the caller must not use it afterwards, and the stored
     * object is returned without a copy (read only, as {@link #peek}).
     *
     * @throws ApiException as {@link #create}
     */
    public <T extends EObject> T createShared(T object) {
        return insert(object);
    }

    /** Admits and stores a new object (the store's own, changed in place), and returns it as stored. */
    private <T extends EObject> T insert(T created) {
        KindInfo info = KindInfo.of(created.eClass());
        ObjectMeta meta = info.metadata(created);
        String namespace = scopedNamespace(info, meta.getNamespace());
        meta.setNamespace(namespace.isEmpty() ? null : namespace);
        if (info.namespaced()) {
            namespaceLifecycle.admitCreate(info, meta);
        }
        if (isEmpty(meta.getName()) && isEmpty(meta.getGenerateName())) {
            throw ApiErrors.invalid(info.groupKind(), "",
                    List.of(FieldError.required("metadata.name", "name or generateName is required")));
        }
        if (!isEmpty(meta.getResourceVersion())) {
            throw ApiErrors.internal("resourceVersion should not be set on objects to be created");
        }
        if (isEmpty(meta.getName())) {
            meta.setName(freeGeneratedName(info, namespace, meta.getGenerateName()));
        } else if (index.get(info.groupKind(), namespace, meta.getName()) != null) {
            throw ApiErrors.alreadyExists(info.resource(), meta.getName());
        }
        if (admission != null) {
            admission.admitCreate(info, created);
        }
        prepareForCreate(info, created, meta, namespace);
        return write(info, created, WatchEvent.Type.ADDED);
    }

    /**
     * Reads an object; the namespace of a cluster-scoped kind is ignored, a missing one of a namespaced kind is
     * {@code default}.
     *
     * @throws ApiException NotFound
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T get(EClass kind, String namespace, String name) {
        KindInfo info = KindInfo.of(kind);
        return (T) EcoreUtil.copy(existing(info, scopedNamespace(info, namespace), name));
    }

    /**
     * The stored object itself, or {@code null} when there is none, for reads that need no copy (as the lookups of
     * the admission plugins): it must not be changed, and the next write of the object replaces it. Namespaces are
     * as for {@link #get}.
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T peek(EClass kind, String namespace, String name) {
        KindInfo info = KindInfo.of(kind);
        return name == null ? null : (T) index.get(info.groupKind(), scopedNamespace(info, namespace), name);
    }

    /**
     * Lists the objects of a kind in storage-key order (namespace, then name).
     *
     * @param namespace the namespace, or {@code null} for all (ignored for cluster-scoped kinds)
     * @param selector  the label selector, or {@code null} for no filtering
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> list(EClass kind, String namespace, LabelSelector selector) {
        KindInfo info = KindInfo.of(kind);
        String scope = info.namespaced() ? namespace : "";
        List<T> objects = new ArrayList<>();
        for (EObject object : index.list(info.groupKind(), scope)) {
            if (selector == null || LabelSelectors.matches(selector, info.metadata(object).getLabels().map())) {
                objects.add((T) EcoreUtil.copy(object));
            }
        }
        return objects;
    }

    /**
     * Replaces an object. System fields and the status are kept from the stored object; {@code generation} goes
     * up when the spec changed. A namespace keeps its {@code spec.finalizers} (see {@link #finalize(Namespace)}). An
     * update that changes nothing writes nothing. When the object is being deleted
     * and its last finalizer goes, it is removed (unless a pod's grace period still runs).
     *
     * @return a copy of the object as stored
     * @throws ApiException NotFound, Conflict when {@code resourceVersion} is set and stale, Invalid when
     *                      finalizers are added to an object being deleted
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T update(T object) {
        KindInfo info = KindInfo.of(object.eClass());
        T next = info.copyWithoutStatus(object);
        ObjectMeta meta = info.metadata(next);
        EObject current = existingForWrite(info, meta);
        ObjectMeta currentMeta = info.metadata(current);
        SystemFields.keep(info, meta, currentMeta);
        Deletions.keepSpecFinalizers(next, current);
        if (admission != null) {
            admission.admitUpdate(info, next, current);
        }
        boolean sameSpec = info.sameSpec(current, next);
        meta.setGeneration(currentMeta.getGeneration() + (sameSpec ? 0 : 1));
        info.stampType(next);
        meta.setResourceVersion(currentMeta.getResourceVersion());
        if (sameSpec && EcoreUtil.equals(meta, currentMeta)) {
            return EcoreUtil.copy((T) current);
        }
        if (info.status() != null) {
            info.copyStatus(current, next);
        }
        return EcoreUtil.copy(persist(info, next));
    }

    /**
     * Patches an object as a PATCH request does ({@link ObjectPatcher}): the patched object goes through admission
     * and is stored like an {@link #update}; an apply of an object that does not exist creates it like
     * {@link #create}.
     *
     * @return a copy of the object as stored
     * @throws ApiException NotFound, BadRequest for a malformed patch, Invalid, Conflict when an apply conflicts, and
     *                      what update and create throw
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T patch(EClass kind, String namespace, String name, PatchType type, String patch) {
        KindInfo info = KindInfo.of(kind);
        String scope = scopedNamespace(info, namespace);
        EObject current = name == null ? null : index.get(info.groupKind(), scope, name);
        T patched = (T) ObjectPatcher.patch(info, current == null ? null : EcoreUtil.copy(current), scope,
                name == null ? "" : name, type, patch, Time.of(clock.now()));
        return current == null ? create(patched) : update(patched);
    }

    /**
     * Replaces the status of an object (the {@code status} subresource): everything else is kept from the stored
     * object, and {@code generation} does not change.
     *
     * @throws IllegalArgumentException when the kind has no status
     * @throws ApiException             NotFound, Conflict when {@code resourceVersion} is set and stale
     */
    public <T extends EObject> T updateStatus(T object) {
        return EcoreUtil.copy(writeStatus(object, false));
    }

    /**
     * Replaces the status of an object as {@link #updateStatus} does, for a caller that hands the object over and
     * only reads the result: its status is moved into the stored object instead of copied, so the caller must not
     * use the object afterwards, and the stored object is returned without a copy (read only, as {@link #peek}).
     *
     * @throws IllegalArgumentException when the kind has no status
     * @throws ApiException             as {@link #updateStatus}
     */
    public <T extends EObject> T updateStatusShared(T object) {
        return writeStatus(object, true);
    }

    /**
     * Binds a pod to a node (the {@code pods/binding} subresource, {@link PodBinding}) in one write:
     * {@code spec.nodeName}, the binding's annotations and the {@code PodScheduled=True} condition. The binding's
     * uid and resourceVersion, when set, are preconditions. The pod's generation does not change.
     *
     * @throws ApiException NotFound, Invalid without target, Conflict when a precondition fails or the pod is being
     *                      deleted, already assigned or still has scheduling gates
     */
    public void bind(Binding binding) {
        KindInfo info = KindInfo.of(CoreV1Package.Literals.POD);
        PodBinding.validate(binding);
        ObjectMeta bindingMeta = binding.getMetadata();
        EObject current = existing(info, scopedNamespace(info, bindingMeta.getNamespace()), bindingMeta.getName());
        PodBinding.checkPreconditions(info, bindingMeta, info.metadata(current));
        Pod next = (Pod) EcoreUtil.copy(current);
        PodBinding.assign(next, binding, clock.now());
        persist(info, next);
    }

    /**
     * Replaces the {@code spec.finalizers} of a namespace (the {@code finalize} subresource); everything else is kept.
     * A namespace being deleted goes when its finalizers are all gone.
     *
     * @return the namespace as stored
     * @throws ApiException NotFound, Conflict when {@code resourceVersion} is set and stale
     */
    public Namespace finalize(Namespace namespace) {
        KindInfo info = NamespaceLifecycle.NAMESPACES;
        EObject current = existingForWrite(info, info.metadata(namespace));
        Namespace next = (Namespace) EcoreUtil.copy(current);
        if (next.getSpec() == null) {
            next.setSpec(CoreV1Factory.eINSTANCE.createNamespaceSpec());
        }
        next.getSpec().getFinalizers().clear();
        if (namespace.getSpec() != null) {
            next.getSpec().getFinalizers().addAll(namespace.getSpec().getFinalizers());
        }
        return replace(info, current, next);
    }

    /**
     * Deletes an object: at once without finalizers; with finalizers it gets {@code deletionTimestamp} (now) and
     * {@code deletionGracePeriodSeconds} 0 and stays until an update empties them. A pod bound to a node is deleted
     * gracefully, as {@link #delete(EClass, String, String, Long)} with no grace period.
     *
     * @return a copy of the object as deleted or as marked
     * @throws ApiException NotFound, Forbidden for the namespaces {@code default}, {@code kube-system} and
     *                      {@code kube-public}
     */
    public <T extends EObject> T delete(EClass kind, String namespace, String name) {
        return delete(kind, namespace, name, MetaV1Factory.eINSTANCE.createDeleteOptions());
    }

    /**
     * Deletes an object with a grace period, as {@code DeleteOptions.gracePeriodSeconds}. A pod bound to a node and
     * not terminal gets {@code deletionTimestamp} now plus the period ({@code terminationGracePeriodSeconds} when
     * {@code null}) and stays until its kubelet deletes it again with 0; other objects ignore the period.
     *
     * @return a copy of the object as deleted or as marked
     * @throws ApiException as {@link #delete(EClass, String, String)}
     */
    public <T extends EObject> T delete(EClass kind, String namespace, String name, Long gracePeriodSeconds) {
        DeleteOptions options = MetaV1Factory.eINSTANCE.createDeleteOptions();
        options.setGracePeriodSeconds(gracePeriodSeconds);
        return delete(kind, namespace, name, options);
    }

    /**
     * Deletes an object with {@code DeleteOptions}: the grace period as {@link #delete(EClass, String, String, Long)},
     * the preconditions on uid and resourceVersion, and the propagation policy, which sets the garbage collector's
     * finalizers ({@link Deletions}); an object with finalizers is only marked, also one already being deleted gets
     * the finalizers of the new policy. A namespace whose {@code spec.finalizers} are not empty is marked and its
     * phase becomes Terminating; it goes when the namespace controller has emptied them.
     *
     * @return a copy of the object as deleted or as marked
     * @throws ApiException as {@link #delete(EClass, String, String)}, Invalid for bad options, Conflict when a
     *                      precondition fails
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T delete(EClass kind, String namespace, String name, DeleteOptions options) {
        KindInfo info = KindInfo.of(kind);
        NamespaceLifecycle.admitDelete(info, name);
        EObject current = existing(info, scopedNamespace(info, namespace), name);
        ObjectMeta currentMeta = info.metadata(current);
        Deletions.check(info, currentMeta, options);
        long grace = PodGracefulDeletion.gracePeriodSeconds(current, options.getGracePeriodSeconds());
        List<String> finalizers = Deletions.finalizers(currentMeta.getFinalizers(), options);
        boolean finalizing = Deletions.hasSpecFinalizers(current);
        if (finalizers.isEmpty() && grace == 0 && !finalizing) {
            return (T) remove(info, current);
        }
        boolean marked = currentMeta.getDeletionTimestamp() != null;
        if (marked && (finalizing || finalizers == currentMeta.getFinalizers())) {
            return (T) EcoreUtil.copy(current);
        }
        EObject next = EcoreUtil.copy(current);
        ObjectMeta nextMeta = info.metadata(next);
        if (finalizers != currentMeta.getFinalizers()) {
            nextMeta.getFinalizers().clear();
            nextMeta.getFinalizers().addAll(finalizers);
        }
        if (!marked) {
            nextMeta.setDeletionTimestamp(Time.of(clock.now().plusSeconds(grace)));
            nextMeta.setDeletionGracePeriodSeconds(grace);
        }
        if (next instanceof Namespace terminating) {
            terminating.getStatus().setPhase("Terminating");
        }
        return (T) EcoreUtil.copy(write(info, next, WatchEvent.Type.MODIFIED));
    }

    /**
     * Watches the changes of a kind from now on (no events for the objects already stored).
     *
     * @return the watch, to stop it
     */
    public Watch watch(EClass kind, WatchListener listener) {
        return watchers.register(KindInfo.of(kind).groupKind(), listener);
    }

    private String freeGeneratedName(KindInfo info, String namespace, String prefix) {
        String name = null;
        for (int attempt = 0; attempt < GENERATE_NAME_ATTEMPTS; attempt++) {
            name = names.generate(prefix);
            if (index.get(info.groupKind(), namespace, name) == null) {
                return name;
            }
        }
        throw ApiErrors.generateNameConflict(info.resource(), name, 1);
    }

    private void prepareForCreate(KindInfo info, EObject object, ObjectMeta meta, String namespace) {
        String identity = info.groupKind().group() + '/' + info.groupKind().kind() + '/' + namespace + '/'
                + meta.getName() + '/' + ++creations;
        SystemFields.fill(meta, UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString(),
                Time.of(clock.now()));
        if (info.status() != null) {
            object.eUnset(info.status());
        }
        if (object instanceof Pod pod) {
            PodStrategy.prepareForCreate(pod);
        }
        if (object instanceof Namespace namespaceObject) {
            namespaceObject.setStatus(CoreV1Factory.eINSTANCE.createNamespaceStatus());
            namespaceObject.getStatus().setPhase("Active");
        }
        info.stampType(object);
    }

    private EObject existingForWrite(KindInfo info, ObjectMeta meta) {
        EObject current = existing(info, scopedNamespace(info, meta.getNamespace()), meta.getName());
        String expected = meta.getResourceVersion();
        if (!isEmpty(expected) && !expected.equals(info.metadata(current).getResourceVersion())) {
            throw ApiErrors.conflict(info.resource(), meta.getName(), ApiErrors.OPTIMISTIC_LOCK_MESSAGE);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T replace(KindInfo info, EObject current, T next) {
        info.metadata(next).setResourceVersion(info.metadata(current).getResourceVersion());
        if (EcoreUtil.equals(current, next)) {
            return (T) EcoreUtil.copy(current);
        }
        return EcoreUtil.copy(persist(info, next));
    }

    /** The status write of {@link #updateStatus}, moving the status of the object when it is handed over. */
    @SuppressWarnings("unchecked")
    private <T extends EObject> T writeStatus(T object, boolean handedOver) {
        KindInfo info = KindInfo.of(object.eClass());
        if (info.status() == null) {
            throw new IllegalArgumentException(info.gvk() + " has no status");
        }
        EObject current = existingForWrite(info, info.metadata(object));
        if (info.sameStatus(current, object)) {
            return (T) current;
        }
        T next = (T) info.copyWithoutStatus(current);
        if (handedOver) {
            info.moveStatus(object, next);
        } else {
            info.copyStatus(object, next);
        }
        return persist(info, next);
    }

    /**
     * Stores a changed object, removes it when it is deleted and nothing holds it any more, and returns it as
     * stored.
     */
    private <T extends EObject> T persist(KindInfo info, T next) {
        ObjectMeta meta = info.metadata(next);
        store(info, next, WatchEvent.Type.MODIFIED);
        if (meta.getDeletionTimestamp() != null && meta.getFinalizers().isEmpty() && !Deletions.hasSpecFinalizers(next)
                && (meta.getDeletionGracePeriodSeconds() == null || meta.getDeletionGracePeriodSeconds() == 0)) {
            unstore(info, next);
        }
        watchers.deliver();
        return next;
    }

    /** Stores an object, delivers its event and returns it as stored. */
    private <T extends EObject> T write(KindInfo info, T object, WatchEvent.Type type) {
        store(info, object, type);
        watchers.deliver();
        return object;
    }

    private EObject remove(KindInfo info, EObject current) {
        EObject deleted = unstore(info, current);
        watchers.deliver();
        return EcoreUtil.copy(deleted);
    }

    /** Stores an object under the next resourceVersion and queues its event; the object does not change after. */
    private void store(KindInfo info, EObject object, WatchEvent.Type type) {
        ObjectMeta meta = info.metadata(object);
        meta.setResourceVersion(Long.toString(++resourceVersion));
        index.put(info.groupKind(), namespaceOf(meta), meta.getName(), object);
        watchers.queue(info.groupKind(), type, object);
    }

    /** Removes an object under the next resourceVersion and queues its event; returns its last state. */
    private EObject unstore(KindInfo info, EObject current) {
        EObject deleted = EcoreUtil.copy(current);
        ObjectMeta meta = info.metadata(deleted);
        meta.setResourceVersion(Long.toString(++resourceVersion));
        index.remove(info.groupKind(), namespaceOf(meta), meta.getName());
        watchers.queue(info.groupKind(), WatchEvent.Type.DELETED, deleted);
        return deleted;
    }

    private EObject existing(KindInfo info, String namespace, String name) {
        EObject current = name == null ? null : index.get(info.groupKind(), namespace, name);
        if (current == null) {
            throw ApiErrors.notFound(info.resource(), name == null ? "" : name);
        }
        return current;
    }

    private static String scopedNamespace(KindInfo info, String namespace) {
        if (!info.namespaced()) {
            return "";
        }
        return isEmpty(namespace) ? "default" : namespace;
    }

    private static String namespaceOf(ObjectMeta meta) {
        return meta.getNamespace() == null ? "" : meta.getNamespace();
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
