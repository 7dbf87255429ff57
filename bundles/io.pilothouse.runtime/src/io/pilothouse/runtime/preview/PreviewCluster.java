package io.pilothouse.runtime.preview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.admission.AdmissionChain;
import io.pilothouse.runtime.api.admission.ObjectValidator;
import io.pilothouse.runtime.api.apply.AppliedObject;
import io.pilothouse.runtime.api.apply.ManifestApply;
import io.pilothouse.runtime.api.eviction.Evictions;
import io.pilothouse.runtime.api.patch.PatchType;
import io.pilothouse.runtime.api.ServedKinds;
import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.scheduler.Scheduler;
import io.pilothouse.runtime.scheduler.SchedulingExplanations;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;
import io.pilothouse.runtime.scheduler.profile.SchedulerConfiguration;

/**
 * A simulated cluster to preview manifests in: the store with the standard admission chain, the controllers of
 * {@link ControllerSet} (the scheduler with the profiles of a {@code KubeSchedulerConfiguration} when one is given),
 * and the {@link DefaultNodes} when the first apply brings no Node.
 * <p>
 * Every operation is journaled; a {@link Snapshot} is the journal so far, and {@link #restore} rebuilds the cluster
 * and replays it. Since the simulation is deterministic, the replay reproduces the store, the clock, the timers and
 * the controllers' own state (backoffs, probe counters) exactly, which a copy of the store alone would not.
 */
public final class PreviewCluster {

    /** What a listener hears after every operation that may have changed the cluster. */
    @FunctionalInterface
    public interface ChangeListener {

        /** Called after the operation, with the cluster in its new state. */
        void changed(PreviewCluster cluster);
    }

    /** A point a preview can be rewound to. */
    public static final class Snapshot {

        private final List<Profile> profiles;
        private final List<Operation> journal;

        private Snapshot(List<Profile> profiles, List<Operation> journal) {
            this.profiles = profiles;
            this.journal = List.copyOf(journal);
        }
    }

    private sealed interface Operation {

        void replay(PreviewCluster cluster);
    }

    private record Apply(List<EObject> objects) implements Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            cluster.applyNow(objects);
        }
    }

    private record Delete(EClass kind, String namespace, String name) implements Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            cluster.cluster.store().delete(kind, namespace, name);
        }
    }

    private record Patch(EClass kind, String namespace, String name, PatchType type, String patch)
            implements
                Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            cluster.patchNow(kind, namespace, name, type, patch);
        }
    }

    private record Evict(String namespace, String name) implements Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            new Evictions(cluster.cluster.store()).evict(namespace, name, null);
        }
    }

    private record Settle() implements Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            cluster.cluster.settle();
        }
    }

    private record Advance(Duration duration) implements Operation {

        @Override
        public void replay(PreviewCluster cluster) {
            cluster.cluster.advance(duration);
        }
    }

    private final Function<ObjectStore, List<Controller>> controllers;
    private final ObjectValidator validator;
    private final List<Operation> journal = new ArrayList<>();
    private final List<ChangeListener> listeners = new ArrayList<>();
    private Cluster cluster;
    private AdmissionChain admission;
    private List<Profile> profiles;
    private Scheduler scheduler;

    /** A preview cluster with the {@link ControllerSet#standard(ObjectStore) standard controllers} and no object validation. */
    public PreviewCluster() {
        this(ControllerSet::standard, ObjectValidator.NONE);
    }

    /**
     * A preview cluster.
     *
     * @param controllers makes a fresh instance of every controller for a store, in turn order (called again by
     *                    restore)
     * @param validator   the validation admission runs on every create and update
     */
    public PreviewCluster(Function<ObjectStore, List<Controller>> controllers, ObjectValidator validator) {
        this.controllers = controllers;
        this.validator = validator;
        rebuild();
    }

    /** The store, for reads and for writes the facade does not offer. */
    public ObjectStore store() {
        return cluster.store();
    }

    /** The virtual clock. */
    public VirtualClock clock() {
        return cluster.clock();
    }

    /** The latest scheduling attempt of each pod; empty when the controllers include no scheduler. */
    public SchedulingExplanations schedulingExplanations() {
        return scheduler == null ? new SchedulingExplanations() : scheduler.explanations();
    }

    /** Registers a listener for every later change. */
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    /**
     * Applies objects as {@code kubectl apply} of a manifest set would, in install order; when neither the cluster
     * nor the objects hold a Node, the default cluster ({@link DefaultNodes}) is created first. A Node's status is
     * posted after it is created, as its kubelet would. The cluster is not settled.
     *
     * @return what happened to each object, in apply order
     */
    public List<AppliedObject> apply(List<? extends EObject> objects) {
        List<EObject> copies = objects.stream().<EObject>map(EcoreUtil::copy).toList();
        List<AppliedObject> results = applyNow(copies);
        record(new Apply(copies));
        return results;
    }

    /**
     * Applies loaded manifests: a {@code KubeSchedulerConfiguration} document among them (a document the loader binds
     * to no object) {@link #configureScheduler configures the scheduler} first, then the objects are applied.
     *
     * @throws IllegalArgumentException on an invalid configuration or a second one, before anything is applied
     */
    public List<AppliedObject> applyLoaded(List<LoadResult> loaded) {
        SchedulerConfiguration.find(loaded, PluginRegistry.inTree()).ifPresent(this::configureScheduler);
        return apply(loaded.stream().flatMap(result -> result.objects().stream()).toList());
    }

    /**
     * Gives the preview's scheduler these profiles (as kube-scheduler started with a configuration file): the
     * cluster is rebuilt with a scheduler of those profiles in place of the standard one and the operations so far
     * are replayed, so every pod is scheduled by them.
     */
    public void configureScheduler(List<Profile> configured) {
        profiles = List.copyOf(configured);
        List<Operation> operations = List.copyOf(journal);
        replay(operations);
    }

    /** Deletes an object as {@code kubectl delete} would (pods gracefully). */
    public void delete(EClass kind, String namespace, String name) {
        cluster.store().delete(kind, namespace, name);
        record(new Delete(kind, namespace, name));
    }

    /**
     * Patches an object as {@code kubectl patch --type <type>} does, or applies a configuration to it as
     * {@code kubectl apply --server-side}; the change is recorded for the type's field manager.
     *
     * @return the object as stored
     */
    public EObject patch(EClass kind, String namespace, String name, PatchType type, String patch) {
        EObject patched = patchNow(kind, namespace, name, type, patch);
        record(new Patch(kind, namespace, name, type, patch));
        return patched;
    }

    /**
     * Evicts a pod through the Eviction API, as {@code kubectl drain} does; only an accepted eviction is recorded.
     *
     * @throws io.pilothouse.runtime.api.ApiException as the Eviction API refuses (429 when a disruption budget
     *                                                forbids it, 404 when the pod is gone)
     */
    public void evict(String namespace, String name) {
        new Evictions(cluster.store()).evict(namespace, name, null);
        record(new Evict(namespace, name));
    }

    /** A copy of an object; {@link io.pilothouse.runtime.api.ApiException} NotFound when it does not exist. */
    public <T extends EObject> T get(EClass kind, String namespace, String name) {
        return cluster.store().get(kind, namespace, name);
    }

    /** Copies of the objects of a kind, in one namespace or all ({@code null}), in namespace and name order. */
    public <T extends EObject> List<T> list(EClass kind, String namespace) {
        return cluster.store().list(kind, namespace, null);
    }

    /** Every stored object of every built-in kind, sorted by kind, then namespace, then name. */
    public List<EObject> objects() {
        List<EObject> all = new ArrayList<>();
        for (EClass kind : ServedKinds.all()) {
            all.addAll(cluster.store().list(kind, null, null));
        }
        all.sort(Comparator.comparing((EObject object) -> KindInfo.of(object.eClass()).gvk().kind())
                .thenComparing(object -> namespaceOf(object))
                .thenComparing(object -> KindInfo.of(object.eClass()).metadata(object).getName()));
        return all;
    }

    /** The events recorded so far, in the order they were recorded. */
    public List<Event> events() {
        List<Event> events = new ArrayList<>(list(EventsV1Package.Literals.EVENT, null));
        events.sort(Comparator.comparingLong(event -> Long.parseLong(event.getMetadata().getResourceVersion())));
        return events;
    }

    /** Runs the controllers until none has work at the current instant. */
    public void settle() {
        cluster.settle();
        record(new Settle());
    }

    /** Moves virtual time forward, settling at every instant a timer fires. */
    public void advance(Duration duration) {
        cluster.advance(duration);
        record(new Advance(duration));
    }

    /** The state of the preview now, to {@link #restore} later. */
    public Snapshot snapshot() {
        return new Snapshot(profiles, journal);
    }

    /** Rewinds (or forwards) the preview to a snapshot of this cluster. */
    public void restore(Snapshot snapshot) {
        profiles = snapshot.profiles;
        replay(snapshot.journal);
    }

    private void replay(List<Operation> operations) {
        rebuild();
        journal.clear();
        for (Operation operation : operations) {
            operation.replay(this);
            journal.add(operation);
        }
        listeners.forEach(listener -> listener.changed(this));
    }

    private void rebuild() {
        cluster = new Cluster();
        admission = AdmissionChain.install(cluster.store(), validator);
        scheduler = null;
        for (Controller controller : controllers.apply(cluster.store())) {
            Controller added = profiles != null && controller instanceof Scheduler
                    ? new Scheduler(profiles, PluginRegistry.inTree())
                    : controller;
            if (added instanceof Scheduler running) {
                scheduler = running;
            }
            cluster.add(added);
        }
    }

    private List<AppliedObject> applyNow(List<EObject> objects) {
        boolean hasNodes = objects.stream().anyMatch(Node.class::isInstance)
                || !list(CoreV1Package.Literals.NODE, null).isEmpty();
        List<EObject> input = new ArrayList<>(objects);
        if (!hasNodes) {
            input.addAll(0, DefaultNodes.create(objects));
        }
        List<AppliedObject> results = new ManifestApply(cluster.store(), admission).apply(input);
        for (EObject object : input) {
            if (object instanceof Node node && node.getStatus() != null) {
                Node stored = get(CoreV1Package.Literals.NODE, null, node.getMetadata().getName());
                stored.setStatus(EcoreUtil.copy(node.getStatus()));
                cluster.store().updateStatus(stored);
            }
        }
        return results;
    }

    private EObject patchNow(EClass kind, String namespace, String name, PatchType type, String patch) {
        return cluster.store().patch(kind, namespace, name, type, patch);
    }

    private void record(Operation operation) {
        journal.add(operation);
        listeners.forEach(listener -> listener.changed(this));
    }

    private static String namespaceOf(EObject object) {
        String namespace = KindInfo.of(object.eClass()).metadata(object).getNamespace();
        return namespace == null ? "" : namespace;
    }
}
