package io.pilothouse.runtime.scheduler;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.resource.v1.ResourceV1Factory;
import io.pilothouse.model.k8s.storage.v1.StorageV1Factory;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.api.WatchEvent;
import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.controllers.ControllerContext;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.Parallelizer;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.PreemptionHandle;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;
import io.pilothouse.runtime.scheduler.queue.Nominator;
import io.pilothouse.runtime.scheduler.queue.SchedulingQueue;

/**
 * kube-scheduler as a controller of the simulated cluster: it watches Nodes and Pods (and the storage and
 * resource.k8s.io objects the volume and DynamicResources plugins wait for), queues the pending pods its
 * profiles are responsible for, and each turn runs one scheduling cycle (and its binding cycle) or finishes a binding
 * that Permit held. Every attempt is explained in {@link #explanations()}.
 * <p>
 * Pods naming a scheduler no profile provides stay Pending, as upstream; Pilothouse adds one Warning event
 * {@code SchedulerNotFound} (reported by {@code pilothouse}, not by a real component) so the user sees why.
 */
public final class Scheduler implements Controller, PreemptionHandle {

    /** The reporting controller of the event about pods naming an unknown scheduler. */
    static final String PILOTHOUSE_CONTROLLER = "pilothouse";

    private final List<Profile> profiles;
    private final PluginRegistry registry;
    private final Parallelizer parallelizer;
    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final Snapshot snapshot = new Snapshot();
    private final SchedulingExplanations explanations = new SchedulingExplanations();
    private final Nominator nominator = new Nominator(snapshot);
    private final Set<String> assumed = new HashSet<>();
    private final Set<String> unknownSchedulerReported = new HashSet<>();
    private final Map<String, PermitWait> waiting = new LinkedHashMap<>();
    private final Queue<PermitWait> readyToBind = new ArrayDeque<>();
    private ObjectStore store;
    private VirtualClock clock;
    private SchedulingQueue queue;
    private SchedulingAlgorithm algorithm;
    private SchedulerEvents events;
    private Binder binder;
    private Listers listers = new Listers();

    /** A scheduler with the default profile. */
    public Scheduler() {
        this(List.of(Profile.defaultProfile()), PluginRegistry.inTree());
    }

    /**
     * A scheduler with profiles whose plugins come from a registry.
     *
     * @throws IllegalArgumentException without profiles, or with two of the same name
     */
    public Scheduler(List<Profile> profiles, PluginRegistry registry) {
        this(profiles, registry, Parallelizer.ofAvailableProcessors());
    }

    /**
     * A scheduler with profiles whose plugins come from a registry, and searches spread over threads by a
     * parallelizer (which changes how fast it schedules, never where).
     *
     * @throws IllegalArgumentException without profiles, or with two of the same name
     */
    public Scheduler(List<Profile> profiles, PluginRegistry registry, Parallelizer parallelizer) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one profile is required");
        }
        this.profiles = List.copyOf(profiles);
        this.registry = registry;
        this.parallelizer = parallelizer;
    }

    @Override
    public String name() {
        return "kube-scheduler";
    }

    /** The explanations of the latest attempt of each pod. */
    public SchedulingExplanations explanations() {
        return explanations;
    }

    /** Where a pending pod waits in the queue ({@code activeQ}, {@code backoffQ}, ...), {@code null} if not queued. */
    public String queuePlaceOf(String podKey) {
        return queue.placeOf(podKey);
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public WaitingPod waitingPod(String podKey) {
        return waiting.get(podKey);
    }

    @Override
    public Listers listers() {
        return listers;
    }

    @Override
    public Parallelizer parallelizer() {
        return parallelizer;
    }

    @Override
    public Status runFilterWithNominatedPods(CycleState state, PodInfo pod, NodeInfo node) {
        return algorithm.filterWithNominatedPods(framework(pod), state, pod, node);
    }

    @Override
    public Framework framework(PodInfo pod) {
        String schedulerName = pod.pod().getSpec().getSchedulerName();
        return frameworks.get(schedulerName == null ? Profile.DEFAULT_SCHEDULER_NAME : schedulerName);
    }

    @Override
    public List<PodInfo> nominatedPods(String nodeName) {
        return nominator.nominatedPods(nodeName);
    }

    @Override
    public void recordEvent(Pod regarding, String type, String reason, String action, String note,
            String reportingController) {
        events.record(regarding, type, reason, action, note, reportingController);
    }

    @Override
    public void start(ControllerContext context) {
        store = context.store();
        listers = Listers.watching(store);
        clock = context.clock();
        events = new SchedulerEvents(store);
        binder = new Binder(store);
        PluginRegistry.Context pluginContext = new PluginRegistry.Context(this, binder::bind);
        for (Profile profile : profiles) {
            if (frameworks.containsKey(profile.schedulerName())) {
                throw new IllegalArgumentException("duplicate profile " + profile.schedulerName());
            }
            frameworks.put(profile.schedulerName(), registry.framework(profile, pluginContext));
        }
        queue = new SchedulingQueue(clock, frameworks.values().iterator().next());
        algorithm = new SchedulingAlgorithm(snapshot, parallelizer);
        Node nodeKind = CoreV1Factory.eINSTANCE.createNode();
        Pod podKind = CoreV1Factory.eINSTANCE.createPod();
        store.watch(nodeKind.eClass(), this::onNodeEvent);
        store.watch(podKind.eClass(), this::onPodEvent);
        watchPluginObjects();
        for (Node node : store.<Node>list(nodeKind.eClass(), null, null)) {
            onNodeEvent(new WatchEvent(WatchEvent.Type.ADDED, node));
        }
        for (Pod pod : store.<Pod>list(podKind.eClass(), null, null)) {
            onPodEvent(new WatchEvent(WatchEvent.Type.ADDED, pod));
        }
    }

    @Override
    public boolean processNext() {
        PermitWait allowed = readyToBind.poll();
        if (allowed != null) {
            bindingCycle(allowed);
            return true;
        }
        var next = queue.pop();
        if (next == null) {
            return false;
        }
        new SchedulingCycle(this, next).run();
        return true;
    }

    // ---- state the cycles use ----

    @Override
    public ObjectStore store() {
        return store;
    }

    VirtualClock clock() {
        return clock;
    }

    SchedulingQueue queue() {
        return queue;
    }

    SchedulingAlgorithm algorithm() {
        return algorithm;
    }

    SchedulerEvents events() {
        return events;
    }

    void recordExplanation(SchedulingAttempt attempt) {
        explanations.record(attempt);
    }

    /** Counts a pod on its node before the binding is written. */
    void assume(PodInfo pod, String nodeName) {
        assumed.add(pod.key());
        snapshot.addPod(pod, nodeName);
    }

    /** Drops an assumed pod after its binding failed; its room may let other pods in. */
    void forget(PodInfo pod) {
        if (assumed.remove(pod.key())) {
            snapshot.removePod(pod.key());
            queue.onClusterEvent(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE));
        }
    }

    /** Holds a pod at Permit until it is allowed, rejected, or the timeout passes. */
    void holdAtPermit(PermitWait wait) {
        waiting.put(wait.pod().key(), wait);
        wait.startTimer(clock);
    }

    /** Called by a waiting pod when its fate is decided. */
    void permitDecided(PermitWait wait) {
        if (waiting.remove(wait.pod().key()) == wait) {
            readyToBind.add(wait);
        }
    }

    /** Runs PreBind, Bind and PostBind for a pod that passed Permit. */
    void bindingCycle(PermitWait wait) {
        new SchedulingCycle(this, wait.queued()).bind(wait);
    }

    // ---- watches ----

    private void onNodeEvent(WatchEvent event) {
        Node node = (Node) event.object();
        String name = node.getMetadata().getName();
        switch (event.type()) {
            case ADDED -> {
                snapshot.putNode(node);
                nominator.nodeAdded(name);
                queue.onClusterEvent(new ClusterEvent(EventResource.NODE, ClusterEvent.ADD));
            }
            case MODIFIED -> {
                var old = snapshot.get(name);
                int actions = old == null ? ClusterEvent.ADD : UpdateActions.ofNode(old.node(), node);
                snapshot.putNode(node);
                if (old == null) {
                    nominator.nodeAdded(name);
                }
                if (actions != 0) {
                    queue.onClusterEvent(new ClusterEvent(EventResource.NODE, actions));
                }
            }
            case DELETED -> snapshot.removeNode(name);
        }
    }

    /** Watches the objects whose changes may make pods the volume and DynamicResources plugins rejected schedulable. */
    private void watchPluginObjects() {
        Map<EClass, EventResource> resources = new LinkedHashMap<>();
        resources.put(CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(),
                EventResource.PERSISTENT_VOLUME_CLAIM);
        resources.put(CoreV1Factory.eINSTANCE.createPersistentVolume().eClass(), EventResource.PERSISTENT_VOLUME);
        resources.put(StorageV1Factory.eINSTANCE.createStorageClass().eClass(), EventResource.STORAGE_CLASS);
        resources.put(StorageV1Factory.eINSTANCE.createCSINode().eClass(), EventResource.CSI_NODE);
        resources.put(ResourceV1Factory.eINSTANCE.createResourceClaim().eClass(), EventResource.RESOURCE_CLAIM);
        resources.put(ResourceV1Factory.eINSTANCE.createResourceSlice().eClass(), EventResource.RESOURCE_SLICE);
        resources.put(ResourceV1Factory.eINSTANCE.createDeviceClass().eClass(), EventResource.DEVICE_CLASS);
        resources.forEach((kind, resource) -> store.watch(kind, event -> {
            int actions = switch (event.type()) {
                case ADDED -> ClusterEvent.ADD;
                case MODIFIED -> ClusterEvent.UPDATE_OTHER;
                case DELETED -> ClusterEvent.DELETE;
            };
            queue.onClusterEvent(new ClusterEvent(resource, actions, event.object()));
        }));
    }

    private void onPodEvent(WatchEvent event) {
        Pod pod = (Pod) event.object();
        String key = PodInfo.keyOf(pod);
        boolean terminal = pod.getStatus() != null
                && ("Succeeded".equals(pod.getStatus().getPhase()) || "Failed".equals(pod.getStatus().getPhase()));
        if (event.type() == WatchEvent.Type.DELETED || terminal) {
            podGone(pod, key);
            return;
        }
        String nodeName = pod.getSpec().getNodeName();
        if (nodeName != null && !nodeName.isEmpty()) {
            assignedPod(pod, key, nodeName);
        } else {
            pendingPod(pod, key);
        }
    }

    private void podGone(Pod pod, String key) {
        queue.delete(key);
        nominator.delete(key);
        waiting.remove(key);
        explanations.forget(key);
        unknownSchedulerReported.remove(key);
        assumed.remove(key);
        if (snapshot.nodeOf(key) != null) {
            snapshot.removePod(key);
            queue.onClusterEvent(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE));
        }
        events.forget(pod);
    }

    private void assignedPod(Pod pod, String key, String nodeName) {
        if (!"inFlight".equals(queue.placeOf(key))) {
            queue.delete(key);
        }
        nominator.delete(key);
        PodInfo info = PodInfo.of(pod);
        String oldNode = snapshot.nodeOf(key);
        boolean wasAssumed = assumed.remove(key);
        PodInfo old = oldNode == null ? null : findOnNode(oldNode, key);
        snapshot.addPod(info, nodeName);
        if (old == null || wasAssumed) {
            queue.onClusterEvent(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.ADD));
        } else {
            int actions = UpdateActions.ofPod(old, info);
            if (actions != 0) {
                queue.onClusterEvent(new ClusterEvent(EventResource.ASSIGNED_POD, actions));
            }
        }
    }

    private PodInfo findOnNode(String nodeName, String key) {
        var info = snapshot.get(nodeName);
        if (info == null) {
            return null;
        }
        for (PodInfo pod : info.pods()) {
            if (pod.key().equals(key)) {
                return pod;
            }
        }
        return null;
    }

    private void pendingPod(Pod pod, String key) {
        String schedulerName = pod.getSpec().getSchedulerName() == null
                ? Profile.DEFAULT_SCHEDULER_NAME
                : pod.getSpec().getSchedulerName();
        Framework framework = frameworks.get(schedulerName);
        if (framework == null) {
            reportUnknownScheduler(pod, key, schedulerName);
            return;
        }
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            queue.delete(key);
            return;
        }
        PodInfo info = PodInfo.of(pod);
        nominator.add(info);
        if (waiting.containsKey(key) || assumed.contains(key)) {
            return;
        }
        PodInfo old = queue.podInfo(key);
        if (old == null) {
            queue.add(info, framework);
        } else {
            queue.update(info, UpdateActions.ofPod(old, info));
        }
    }

    private void reportUnknownScheduler(Pod pod, String key, String schedulerName) {
        if (unknownSchedulerReported.add(key)) {
            events.record(pod, SchedulerEvents.WARNING, "SchedulerNotFound", "Scheduling",
                    "no scheduler profile is named \"" + schedulerName + "\": the pod stays Pending (profiles: "
                            + Framework.goList(frameworks.keySet()) + ")",
                    PILOTHOUSE_CONTROLLER);
        }
    }
}
