package io.pilothouse.runtime.scheduler.plugins;

import java.util.List;
import java.util.Map;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;

/**
 * A pod's required node affinity and node selector, as upstream's {@code GetRequiredNodeAffinity}: the nodes a
 * spread constraint with the Honor node affinity policy counts.
 *
 * @param nodeSelector the node selector labels
 * @param terms        the required terms (ORed), {@code null} when there are none
 */
record PodTopologySpreadNodeAffinity(Map<String, String> nodeSelector, List<NodeSelectorMatcher> terms) {

    static PodTopologySpreadNodeAffinity of(Pod pod) {
        Affinity affinity = pod.getSpec().getAffinity();
        List<NodeSelectorMatcher> terms = affinity == null || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null
                        ? null
                        : affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                                .getNodeSelectorTerms().stream().map(NodeSelectorMatcher::of).toList();
        return new PodTopologySpreadNodeAffinity(Map.copyOf(pod.getSpec().getNodeSelector().map()), terms);
    }

    /** Whether there is neither a node selector nor a required term, so every node matches. */
    boolean matchesEveryNode() {
        return nodeSelector.isEmpty() && terms == null;
    }

    boolean matches(NodeInfo node) {
        if (!nodeSelector.isEmpty()) {
            Map<String, String> labels = node.labels();
            for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
                if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                    return false;
                }
            }
        }
        return terms == null || NodeSelectorMatcher.anyMatches(terms, node.node());
    }
}
