package io.pilothouse.runtime.controllers.daemonset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.ControllerRevision;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.DaemonSetStatus;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.LabelSelectors;
import io.pilothouse.runtime.controllers.ControllerRefManager;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.controllers.EventRecorder;
import io.pilothouse.runtime.controllers.DependentRouting;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;
import io.pilothouse.runtime.controllers.Pods;

/**
 * Runs DaemonSets as upstream's {@code DaemonSetsController}: claims the pods matching the selector, keeps the
 * set's {@code ControllerRevision}s ({@link DaemonSetHistory}), lets {@link DaemonSetSync} give each eligible node
 * ({@link NodeEligibility}) one pod pinned to it, rolls out template changes ({@link DaemonSetUpdates}) unless the
 * strategy is {@code OnDelete}, and writes the status ({@link DaemonSetStatuses}). Node changes that change where a
 * set should run requeue it.
 */
public final class DaemonSetController extends InformerController {

    private static final String SELECTING_ALL = "This daemon set is selecting all pods. A non-empty selector is "
            + "required.";

    private final NavigableSet<String> setKeys = new TreeSet<>();
    private final FailedPodBackoff backoff = new FailedPodBackoff();
    private Informer<DaemonSet> sets;
    private Informer<Pod> pods;
    private Informer<Node> nodes;
    private Informer<ControllerRevision> revisions;
    private DaemonSetHistory history;
    private DependentRouting<DaemonSet, Pod> routing;

    @Override
    public String name() {
        return "daemonset-controller";
    }

    @Override
    protected void startInformers() {
        history = new DaemonSetHistory(context().store());
        revisions = Informer.start(context(), AppsV1Package.Literals.CONTROLLER_REVISION,
                new Informer.Handler<>() {
                    @Override
                    public void onDelete(ControllerRevision revision) {
                        routing.enqueueController(revision.getMetadata().getNamespace(),
                                ControllerRefs.controllerOf(revision.getMetadata()));
                    }
                });
        sets = Informer.start(context(), AppsV1Package.Literals.DAEMON_SET, new Informer.Handler<>() {
            @Override
            public void onAdd(DaemonSet set) {
                setKeys.add(Informer.key(set.getMetadata()));
                enqueue(Informer.key(set.getMetadata()));
            }

            @Override
            public void onUpdate(DaemonSet old, DaemonSet current) {
                enqueue(Informer.key(current.getMetadata()));
            }

            @Override
            public void onDelete(DaemonSet set) {
                setKeys.remove(Informer.key(set.getMetadata()));
            }
        });
        routing = new DependentRouting<>(sets, CoreV1Package.Literals.POD,
                (DaemonSet set, Pod pod) -> set.getSpec().getSelector() != null && LabelSelectors
                        .matches(set.getSpec().getSelector(), pod.getMetadata().getLabels().map()),
                this::enqueue);
        nodes = Informer.start(context(), CoreV1Package.Literals.NODE, new NodeHandler());
        pods = Informer.start(context(), CoreV1Package.Literals.POD, new PodHandler());
    }

    @Override
    protected void sync(String key) {
        DaemonSet set = sets.get(key);
        if (set == null) {
            return;
        }
        if (selectsAll(set.getSpec().getSelector())) {
            events().record(set, EventRecorder.WARNING, "SelectingAll", SELECTING_ALL);
            return;
        }
        List<Node> nodeList = nodes.inNamespace("");
        List<Pod> claimed = claimPods(set);
        if (set.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        DaemonSetHistory.Revisions revision = history.construct(set,
                revisions.controlledBy(set.getMetadata().getUid()));
        String hash = revision.hash();
        NodeEligibility eligibility = NodeEligibility.of(set);
        ApiException failure = null;
        try {
            DaemonSetSync daemonSync = new DaemonSetSync(context().store(), events(), set, hash, backoff,
                    delay -> enqueueAfter(key, delay));
            boolean changed = daemonSync.manage(nodeList, eligibility, byNode(claimed, false));
            if (!changed && DaemonSetUpdates.isRollingUpdate(set)) {
                DaemonSetUpdates.Plan plan = DaemonSetUpdates.plan(set, hash, nodeList, eligibility,
                        byNode(claimed, false), context().clock().now());
                daemonSync.syncNodes(plan.podsToDelete(), plan.nodesToCreate());
            }
            history.cleanup(set, revision.old(), liveHashes(ownedPods(set)));
        } catch (ApiException e) {
            failure = e;
        }
        updateStatus(key, set, hash, nodeList, eligibility);
        if (failure != null) {
            throw failure;
        }
    }

    private void updateStatus(String key, DaemonSet set, String hash, List<Node> nodeList,
            NodeEligibility eligibility) {
        DaemonSet current = sets.get(key);
        if (current == null) {
            return;
        }
        Map<String, List<Pod>> byNode = byNode(ownedPods(set), false);
        DaemonSetStatus status = DaemonSetStatuses.calculate(current, hash, nodeList, eligibility, byNode,
                context().clock().now());
        if (!EcoreUtil.equals(current.getStatus(), status)) {
            DaemonSet next = EcoreUtil.copy(current);
            next.setStatus(status);
            context().store().updateStatus(next);
        }
        int minReadySeconds = DaemonSetUpdates.minReadySeconds(set);
        if (minReadySeconds > 0 && !status.getNumberReady().equals(orZero(status.getNumberAvailable()))) {
            enqueueAfter(key, Duration.ofSeconds(minReadySeconds));
        }
    }

    private List<Pod> ownedPods(DaemonSet set) {
        return pods.controlledBy(set.getMetadata().getUid());
    }

    private List<Pod> claimPods(DaemonSet set) {
        List<Pod> candidates = new ArrayList<>(ownedPods(set));
        candidates.addAll(pods.orphans(set.getMetadata().getNamespace()));
        ControllerRefManager manager = new ControllerRefManager(context().store(), set, set.getSpec().getSelector(),
                () -> canAdopt(set));
        return manager.claim(candidates);
    }

    private boolean canAdopt(DaemonSet set) {
        try {
            DaemonSet fresh = context().store().get(AppsV1Package.Literals.DAEMON_SET,
                    set.getMetadata().getNamespace(), set.getMetadata().getName());
            return fresh.getMetadata().getUid().equals(set.getMetadata().getUid())
                    && fresh.getMetadata().getDeletionTimestamp() == null;
        } catch (ApiException e) {
            return false;
        }
    }

    /**
     * The pods by the node they run on or are pinned to, in node name order, as upstream's
     * {@code getNodesToDaemonPods}; terminal pods being deleted are left out unless asked for.
     */
    private static Map<String, List<Pod>> byNode(List<Pod> claimed, boolean includeDeletedTerminal) {
        Map<String, List<Pod>> byNode = new TreeMap<>();
        for (Pod pod : claimed) {
            String phase = Pods.phase(pod);
            boolean terminal = Pods.FAILED.equals(phase) || Pods.SUCCEEDED.equals(phase);
            if (!includeDeletedTerminal && terminal && pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            String node = DaemonPods.targetNode(pod);
            if (node != null) {
                byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(pod);
            }
        }
        return byNode;
    }

    private static Set<String> liveHashes(List<Pod> owned) {
        Set<String> hashes = new TreeSet<>();
        for (Pod pod : owned) {
            String hash = pod.getMetadata().getLabels().get(DaemonPods.REVISION_LABEL);
            if (hash != null && !hash.isEmpty()) {
                hashes.add(hash);
            }
        }
        return hashes;
    }

    private static boolean selectsAll(LabelSelector selector) {
        return selector != null && selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Requeues the sets whose placement on a node changes with the node. */
    private final class NodeHandler implements Informer.Handler<Node> {

        @Override
        public void onAdd(Node node) {
            for (String key : setKeys) {
                if (NodeEligibility.of(sets.get(key)).check(node).shouldRun()) {
                    enqueue(key);
                }
            }
        }

        @Override
        public void onUpdate(Node old, Node current) {
            if (NodeChanges.irrelevant(old, current)) {
                return;
            }
            for (String key : setKeys) {
                NodeEligibility eligibility = NodeEligibility.of(sets.get(key));
                if (!eligibility.check(old).equals(eligibility.check(current))) {
                    enqueue(key);
                }
            }
        }

        @Override
        public void onDelete(Node node) {
            for (String key : setKeys) {
                NodeEligibility.Placement placement = NodeEligibility.of(sets.get(key)).check(node);
                if (placement.shouldRun() || placement.shouldContinueRunning()) {
                    enqueue(key);
                }
            }
        }
    }

    /**
     * Routes pod changes to their sets (see {@link DependentRouting}); a pod that became ready also requeues its set
     * once its minReadySeconds have passed.
     */
    private final class PodHandler implements Informer.Handler<Pod> {

        @Override
        public void onAdd(Pod pod) {
            routing.onAdd(pod);
        }

        @Override
        public void onUpdate(Pod old, Pod current) {
            routing.onUpdate(old, current);
            DaemonSet set = sets.controllerOf(current.getMetadata().getNamespace(),
                    ControllerRefs.controllerOf(current.getMetadata()));
            if (set != null && !Pods.isReady(old) && Pods.isReady(current)
                    && DaemonSetUpdates.minReadySeconds(set) > 0) {
                enqueueAfter(Informer.key(set.getMetadata()),
                        Duration.ofSeconds(DaemonSetUpdates.minReadySeconds(set) + 1L));
            }
        }

        @Override
        public void onDelete(Pod pod) {
            routing.onDelete(pod);
        }
    }
}
