package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.ReplicationController;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.core.v1.TopologySpreadConstraint;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;
import io.pilothouse.runtime.controllers.ControllerRefs;
import io.pilothouse.runtime.scheduler.framework.Listers;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;

/**
 * One topology spread constraint as the plugin uses it (upstream's internal {@code topologySpreadConstraint}):
 * the selector has the {@code matchLabelKeys} requirements added, {@code minDomains} defaults to 1, the node
 * affinity policy to Honor and the node taints policy to Ignore.
 *
 * @param maxSkew            the largest allowed skew
 * @param topologyKey        the node label of the domains
 * @param selector           the pods counted
 * @param minDomains         the least number of eligible domains
 * @param honorNodeAffinity  whether only nodes matching the pod's node affinity and selector count
 * @param honorNodeTaints    whether nodes with taints the pod does not tolerate are left out
 */
record PodTopologySpreadConstraint(int maxSkew, String topologyKey, LabelSelectorMatcher selector, int minDomains,
        boolean honorNodeAffinity, boolean honorNodeTaints) {

    static final String HOSTNAME = "kubernetes.io/hostname";
    static final String ZONE = "topology.kubernetes.io/zone";
    static final String DO_NOT_SCHEDULE = "DoNotSchedule";
    static final String SCHEDULE_ANYWAY = "ScheduleAnyway";

    /**
     * The pod's constraints with the given {@code whenUnsatisfiable}; for a pod without constraints, the default
     * constraints with that {@code whenUnsatisfiable} and the selector of the services and the controller that own
     * the pod, none when that selector is empty.
     *
     * @param defaults the default constraints in effect (upstream's {@code defaultConstraints})
     * @throws IllegalArgumentException when a selector is malformed
     */
    static List<PodTopologySpreadConstraint> of(Pod pod, String whenUnsatisfiable,
            List<TopologySpreadConstraint> defaults, Listers listers) {
        List<TopologySpreadConstraint> declared = pod.getSpec().getTopologySpreadConstraints();
        Map<String, String> labels = pod.getMetadata().getLabels().map();
        if (!declared.isEmpty()) {
            return select(declared, labels, whenUnsatisfiable);
        }
        List<PodTopologySpreadConstraint> constraints = select(defaults, labels, whenUnsatisfiable);
        if (constraints.isEmpty()) {
            return constraints;
        }
        LabelSelectorMatcher selector = defaultSelector(pod, listers);
        return selector.isEmpty()
                ? List.of()
                : constraints.stream()
                        .map(c -> new PodTopologySpreadConstraint(c.maxSkew, c.topologyKey, selector, c.minDomains,
                                c.honorNodeAffinity, c.honorNodeTaints))
                        .toList();
    }

    private static List<PodTopologySpreadConstraint> select(List<TopologySpreadConstraint> declared,
            Map<String, String> labels, String whenUnsatisfiable) {
        List<PodTopologySpreadConstraint> constraints = new ArrayList<>();
        for (TopologySpreadConstraint constraint : declared) {
            if (whenUnsatisfiable.equals(constraint.getWhenUnsatisfiable())) {
                LabelSelectorMatcher selector = LabelSelectorMatcher.of(constraint.getLabelSelector());
                if (constraint.getLabelSelector() != null) {
                    for (String key : constraint.getMatchLabelKeys()) {
                        if (labels.containsKey(key)) {
                            selector = selector.with(key, true, labels.get(key));
                        }
                    }
                }
                constraints.add(new PodTopologySpreadConstraint(valueOf(constraint.getMaxSkew(), 0),
                        constraint.getTopologyKey(), selector, valueOf(constraint.getMinDomains(), 1),
                        !"Ignore".equals(constraint.getNodeAffinityPolicy()),
                        "Honor".equals(constraint.getNodeTaintsPolicy())));
            }
        }
        return List.copyOf(constraints);
    }

    /** Whether a node has the topology keys of every constraint. */
    static boolean nodeHasAllKeys(Map<String, String> nodeLabels, List<PodTopologySpreadConstraint> constraints) {
        for (PodTopologySpreadConstraint constraint : constraints) {
            if (!nodeLabels.containsKey(constraint.topologyKey)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #includes} holds for every node, whatever its labels and taints: the node taints policy is
     * Ignore and the node affinity policy is Ignore or the pod has no node affinity or selector.
     */
    boolean includesEveryNode(PodTopologySpreadNodeAffinity nodeAffinity) {
        return !honorNodeTaints && (!honorNodeAffinity || nodeAffinity.matchesEveryNode());
    }

    /**
     * Whether a node's domain counts for a pod under this constraint's node inclusion policies.
     *
     * @param nodeAffinity the pod's required node affinity and node selector
     */
    boolean includes(PodInfo pod, NodeInfo nodeInfo, PodTopologySpreadNodeAffinity nodeAffinity) {
        if (honorNodeAffinity && !nodeAffinity.matches(nodeInfo)) {
            return false;
        }
        return !honorNodeTaints
                || Tolerations.firstUntoleratedNoScheduleTaint(nodeInfo.taints(), pod.tolerations()) == null;
    }

    /**
     * How many pods of the namespace the selector matches on each node, not counting terminating pods; none for an
     * empty selector. The snapshot keeps the counts per namespace and selector across scheduling cycles.
     */
    Snapshot.PodCounts matchingPods(Snapshot snapshot, String namespace) {
        return snapshot.podCounts(List.of(namespace, selector),
                info -> !selector.isEmpty() && namespace.equals(info.namespace()) && selector.matches(info.labels())
                        && info.pod().getMetadata().getDeletionTimestamp() == null,
                selector.requiredLabel());
    }

    /** Upstream's {@code DefaultSelector}: the services selecting the pod, then its controller's selector. */
    private static LabelSelectorMatcher defaultSelector(Pod pod, Listers listers) {
        String namespace = pod.getMetadata().getNamespace();
        Map<String, String> labels = pod.getMetadata().getLabels().map();
        Map<String, String> labelSet = new TreeMap<>();
        for (Service service : listers.services(namespace)) {
            Map<String, String> selector = service.getSpec() == null
                    ? Map.of()
                    : service.getSpec().getSelector().map();
            if (!selector.isEmpty() && LabelSelectorMatcher.ofLabels(selector).matches(labels)) {
                labelSet.putAll(selector);
            }
        }
        LabelSelectorMatcher selector = LabelSelectorMatcher.ofLabels(labelSet);
        OwnerReference owner = ControllerRefs.controllerOf(pod.getMetadata());
        if (owner == null) {
            return selector;
        }
        String kind = owner.getApiVersion() + "/" + owner.getKind();
        switch (kind) {
            case "v1/ReplicationController" -> {
                ReplicationController rc = listers.replicationController(namespace, owner.getName());
                if (rc != null && rc.getSpec() != null) {
                    labelSet.putAll(rc.getSpec().getSelector().map());
                    selector = LabelSelectorMatcher.ofLabels(labelSet);
                }
            }
            case "apps/v1/ReplicaSet" -> {
                ReplicaSet rs = listers.replicaSet(namespace, owner.getName());
                if (rs != null && rs.getSpec() != null && rs.getSpec().getSelector() != null) {
                    selector = selector.and(LabelSelectorMatcher.of(rs.getSpec().getSelector()));
                }
            }
            case "apps/v1/StatefulSet" -> {
                StatefulSet set = listers.statefulSet(namespace, owner.getName());
                if (set != null && set.getSpec() != null && set.getSpec().getSelector() != null) {
                    selector = selector.and(LabelSelectorMatcher.of(set.getSpec().getSelector()));
                }
            }
            default -> {
                return selector;
            }
        }
        return selector;
    }

    private static int valueOf(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
