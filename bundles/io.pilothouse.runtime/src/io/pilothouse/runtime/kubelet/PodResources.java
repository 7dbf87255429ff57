package io.pilothouse.runtime.kubelet;

import java.util.Map;
import java.util.TreeMap;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.types.Quantity;

/**
 * The resource arithmetic of a pod, as upstream's {@code resourcehelper.PodRequests}: a container's request defaults
 * to its limit; the pod requests the larger of its steady state (regular containers plus sidecars) and the peak of
 * its init phase (each init container plus the sidecars started before it).
 */
final class PodResources {

    static final String CPU = "cpu";
    static final String MEMORY = "memory";

    private PodResources() {}

    /** The pod's effective requests, by resource name. */
    static Map<String, Quantity> requests(PodSpec spec) {
        Map<String, Quantity> steady = new TreeMap<>();
        spec.getContainers().forEach(container -> addAll(steady, containerRequests(container)));
        Map<String, Quantity> sidecars = new TreeMap<>();
        Map<String, Quantity> initPeak = new TreeMap<>();
        for (Container container : spec.getInitContainers()) {
            Map<String, Quantity> own = containerRequests(container);
            if (isSidecar(container)) {
                addAll(sidecars, own);
                maxAll(initPeak, sidecars);
            } else {
                Map<String, Quantity> during = new TreeMap<>(sidecars);
                addAll(during, own);
                maxAll(initPeak, during);
            }
        }
        addAll(steady, sidecars);
        maxAll(steady, initPeak);
        return steady;
    }

    /** Whether an init container is a sidecar: its own restart policy is {@code Always}. */
    static boolean isSidecar(Container container) {
        return "Always".equals(container.getRestartPolicy());
    }

    /** A container's requests, defaulted from its limits. */
    static Map<String, Quantity> containerRequests(Container container) {
        Map<String, Quantity> requests = quantities(container, false);
        requests.putAll(quantities(container, true));
        return requests;
    }

    /** A container's memory limit, or {@code null}. */
    static Quantity memoryLimit(Container container) {
        return quantities(container, false).get(MEMORY);
    }

    private static Map<String, Quantity> quantities(Container container, boolean requests) {
        Map<String, Quantity> values = new TreeMap<>();
        if (container.getResources() != null) {
            (requests ? container.getResources().getRequests() : container.getResources().getLimits())
                    .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        }
        return values;
    }

    private static void addAll(Map<String, Quantity> sum, Map<String, Quantity> more) {
        more.forEach((name, quantity) -> sum.merge(name, quantity, Quantity::add));
    }

    private static void maxAll(Map<String, Quantity> max, Map<String, Quantity> other) {
        other.forEach((name, quantity) -> max.merge(name, quantity, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }
}
