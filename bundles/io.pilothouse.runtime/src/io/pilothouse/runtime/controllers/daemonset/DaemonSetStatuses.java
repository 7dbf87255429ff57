package io.pilothouse.runtime.controllers.daemonset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.AppsV1Factory;
import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.DaemonSetStatus;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.controllers.Pods;

/**
 * A DaemonSet's status as upstream's {@code updateDaemonSetStatus}: over the nodes that should run the set's pod
 * ({@code desiredNumberScheduled}), those with a pod ({@code currentNumberScheduled}) whose oldest pod is ready
 * ({@code numberReady}), ready for {@code minReadySeconds} ({@code numberAvailable}) and of the current template
 * ({@code updatedNumberScheduled}); nodes with a pod that should not have one count in {@code numberMisscheduled}.
 * The last three counts are left unset at zero (upstream's omitempty); conditions and the collision count are kept.
 */
final class DaemonSetStatuses {

    private DaemonSetStatuses() {}

    static DaemonSetStatus calculate(DaemonSet set, String hash, List<Node> nodes, NodeEligibility eligibility,
            Map<String, List<Pod>> byNode, Instant now) {
        int desired = 0;
        int current = 0;
        int misscheduled = 0;
        int ready = 0;
        int available = 0;
        int updated = 0;
        for (Node node : nodes) {
            List<Pod> pods = byNode.getOrDefault(node.getMetadata().getName(), List.of());
            if (!eligibility.check(node).shouldRun()) {
                misscheduled += pods.isEmpty() ? 0 : 1;
                continue;
            }
            desired++;
            if (pods.isEmpty()) {
                continue;
            }
            current++;
            List<Pod> sorted = new ArrayList<>(pods);
            sorted.sort(DaemonPods.OLDEST_FIRST);
            Pod oldest = sorted.get(0);
            if (Pods.isReady(oldest)) {
                ready++;
                if (Pods.isAvailable(oldest, DaemonSetUpdates.minReadySeconds(set), now)) {
                    available++;
                }
            }
            if (DaemonPods.isUpdated(set, oldest, hash)) {
                updated++;
            }
        }
        DaemonSetStatus status = set.getStatus() == null
                ? AppsV1Factory.eINSTANCE.createDaemonSetStatus()
                : EcoreUtil.copy(set.getStatus());
        status.setObservedGeneration(set.getMetadata().getGeneration());
        status.setDesiredNumberScheduled(desired);
        status.setCurrentNumberScheduled(current);
        status.setNumberMisscheduled(misscheduled);
        status.setNumberReady(ready);
        status.setNumberAvailable(positive(available));
        status.setUpdatedNumberScheduled(positive(updated));
        status.setNumberUnavailable(positive(desired - available));
        return status;
    }

    private static Integer positive(int count) {
        return count == 0 ? null : count;
    }
}
