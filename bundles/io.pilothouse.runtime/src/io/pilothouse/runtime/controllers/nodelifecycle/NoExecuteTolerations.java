package io.pilothouse.runtime.controllers.nodelifecycle;

import java.time.Duration;
import java.util.List;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Taint;
import io.pilothouse.model.k8s.core.v1.Toleration;
import io.pilothouse.runtime.scheduler.plugins.Tolerations;

/** How long a pod may stay under NoExecute taints, as upstream's taint eviction controller computes it. */
final class NoExecuteTolerations {

    private NoExecuteTolerations() {}

    /** The node's NoExecute taints, in order. */
    static List<Taint> noExecuteTaints(Node node) {
        if (node.getSpec() == null) {
            return List.of();
        }
        return node.getSpec().getTaints().stream().filter(t -> Tolerations.NO_EXECUTE.equals(t.getEffect())).toList();
    }

    /**
     * How long the tolerations let a pod stay under the taints: zero when a taint is not tolerated, else the
     * smallest {@code tolerationSeconds} of the first toleration matching each taint (zero when not positive), and
     * {@code null} (forever) when none of those has {@code tolerationSeconds}.
     */
    static Duration minTolerationTime(List<Taint> taints, List<Toleration> tolerations) {
        Long min = null;
        for (Taint taint : taints) {
            Toleration used = tolerations.stream().filter(t -> Tolerations.tolerates(t, taint.getKey(),
                    taint.getValue(), taint.getEffect())).findFirst().orElse(null);
            if (used == null) {
                return Duration.ZERO;
            }
            Long seconds = used.getTolerationSeconds();
            if (seconds != null) {
                min = min == null ? Math.max(seconds, 0) : Math.min(min, Math.max(seconds, 0));
            }
        }
        return min == null ? null : Duration.ofSeconds(min);
    }
}
