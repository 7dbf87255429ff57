package io.pilothouse.runtime.api.admission;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Toleration;

/**
 * Upstream's {@code DefaultTolerationSeconds} plugin on pod creation: a pod that does not tolerate the
 * {@code NoExecute} taints of not-ready and unreachable nodes tolerates each for 300 seconds.
 */
public final class DefaultTolerationSeconds implements MutatingAdmission {

    /** The taint of a node whose Ready condition is False. */
    public static final String NOT_READY = "node.kubernetes.io/not-ready";

    /** The taint of a node whose Ready condition is Unknown. */
    public static final String UNREACHABLE = "node.kubernetes.io/unreachable";

    private static final long SECONDS = 300;

    @Override
    public String name() {
        return "DefaultTolerationSeconds";
    }

    @Override
    public void admit(AdmissionRequest request) {
        if (request.operation() != AdmissionRequest.Operation.CREATE || !(request.object() instanceof Pod pod)
                || pod.getSpec() == null) {
            return;
        }
        boolean notReady = tolerates(pod, NOT_READY);
        boolean unreachable = tolerates(pod, UNREACHABLE);
        if (!notReady) {
            pod.getSpec().getTolerations().add(toleration(NOT_READY));
        }
        if (!unreachable) {
            pod.getSpec().getTolerations().add(toleration(UNREACHABLE));
        }
    }

    private static boolean tolerates(Pod pod, String key) {
        return pod.getSpec().getTolerations().stream().anyMatch(t -> (isEmpty(t.getKey()) || key.equals(t.getKey()))
                && (isEmpty(t.getEffect()) || "NoExecute".equals(t.getEffect())));
    }

    private static Toleration toleration(String key) {
        Toleration toleration = CoreV1Factory.eINSTANCE.createToleration();
        toleration.setKey(key);
        toleration.setOperator("Exists");
        toleration.setEffect("NoExecute");
        toleration.setTolerationSeconds(SECONDS);
        return toleration;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
