package io.pilothouse.runtime.controllers.daemonset;

import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.runtime.scheduler.plugins.NodeSelectorMatcher;
import io.pilothouse.runtime.scheduler.plugins.Tolerations;

/**
 * Which nodes a DaemonSet runs on, as upstream's {@code NodeShouldRunDaemonPod}: the template's
 * {@code nodeName} (when set), {@code nodeSelector} and required node affinity must match the node, and the
 * template with the DaemonSet tolerations must tolerate the node's NoSchedule and NoExecute taints. A pod already
 * on a node whose only untolerated taints are NoSchedule may continue running there.
 */
final class NodeEligibility {

    /** The verdict for one node. */
    record Placement(boolean shouldRun, boolean shouldContinueRunning) {}

    private static final Placement NONE = new Placement(false, false);
    private static final Placement RUN = new Placement(true, true);
    private static final Placement CONTINUE = new Placement(false, true);

    private final String nodeName;
    private final Map<String, String> nodeSelector;
    private final List<NodeSelectorMatcher> requiredTerms;
    private final List<Toleration> tolerations;

    private NodeEligibility(PodSpec spec) {
        this.nodeName = spec.getNodeName() == null || spec.getNodeName().isEmpty() ? null : spec.getNodeName();
        this.nodeSelector = Map.copyOf(spec.getNodeSelector().map());
        Affinity affinity = spec.getAffinity();
        this.requiredTerms = affinity == null || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null
                        ? null
                        : affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                                .getNodeSelectorTerms().stream().map(NodeSelectorMatcher::of).toList();
        this.tolerations = List.copyOf(spec.getTolerations());
    }

    /** The rules of the set's current template. */
    static NodeEligibility of(DaemonSet set) {
        return new NodeEligibility(DaemonPods.withTolerations(set.getSpec().getTemplate().getSpec()));
    }

    /** Whether the set's pod should run on the node, and whether one already there may continue. */
    Placement check(Node node) {
        String name = node.getMetadata().getName();
        if (nodeName != null && !nodeName.equals(name) || !matchesAffinity(node)) {
            return NONE;
        }
        List<Taint> taints = node.getSpec() == null ? List.of() : node.getSpec().getTaints();
        if (Tolerations.firstUntoleratedNoScheduleTaint(taints, tolerations) == null) {
            return RUN;
        }
        for (Taint taint : taints) {
            if (Tolerations.NO_EXECUTE.equals(taint.getEffect())
                    && !Tolerations.anyTolerates(tolerations, taint.getKey(), taint.getValue(), taint.getEffect())) {
                return NONE;
            }
        }
        return CONTINUE;
    }

    private boolean matchesAffinity(Node node) {
        Map<String, String> labels = node.getMetadata().getLabels().map();
        for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return requiredTerms == null || NodeSelectorMatcher.anyMatches(requiredTerms, node);
    }
}
