package io.pilothouse.runtime.controllers.daemonset;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeCondition;

/**
 * Node updates the DaemonSet controller skips, as upstream's {@code shouldIgnoreNodeUpdate}: the conditions have
 * the same types and statuses (timestamps such as heartbeats aside) and nothing else but the resource version and
 * the conditions changed.
 */
final class NodeChanges {

    private NodeChanges() {}

    static boolean irrelevant(Node old, Node current) {
        if (!sameConditions(conditions(old), conditions(current))) {
            return false;
        }
        Node oldCopy = EcoreUtil.copy(old);
        Node currentCopy = EcoreUtil.copy(current);
        oldCopy.getMetadata().setResourceVersion(currentCopy.getMetadata().getResourceVersion());
        if (oldCopy.getStatus() != null) {
            oldCopy.getStatus().getConditions().clear();
        }
        if (currentCopy.getStatus() != null) {
            currentCopy.getStatus().getConditions().clear();
        }
        return EcoreUtil.equals(oldCopy, currentCopy);
    }

    private static List<NodeCondition> conditions(Node node) {
        return node.getStatus() == null ? List.of() : node.getStatus().getConditions();
    }

    private static boolean sameConditions(List<NodeCondition> old, List<NodeCondition> current) {
        if (old.size() != current.size()) {
            return false;
        }
        for (NodeCondition condition : old) {
            boolean found = current.stream().anyMatch(c -> c.getType().equals(condition.getType())
                    && c.getStatus().equals(condition.getStatus()));
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
