package io.pilothouse.runtime.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.types.Quantity;

/**
 * A pod's quality of service class, as upstream's {@code qos.GetPodQOS}: {@code BestEffort} without cpu and memory
 * requests and limits, {@code Guaranteed} when every container limits both and the sums of requests equal the sums
 * of limits, {@code Burstable} otherwise. A container's request defaults to its limit, as the API server's
 * defaulting makes it.
 */
public final class PodQos {

    private static final String[] COMPUTE_RESOURCES = {"cpu", "memory"};

    private PodQos() {}

    /** The class recorded in the pod's status, else the one its spec computes to. */
    public static String of(Pod pod) {
        String recorded = pod.getStatus() == null ? null : pod.getStatus().getQosClass();
        return recorded == null || recorded.isEmpty() ? compute(pod.getSpec()) : recorded;
    }

    /** The class a pod spec computes to. */
    public static String compute(PodSpec spec) {
        Map<String, Quantity> requests = new TreeMap<>();
        Map<String, Quantity> limits = new TreeMap<>();
        boolean guaranteed = true;
        for (Container container : Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream())
                .toList()) {
            for (String name : COMPUTE_RESOURCES) {
                Quantity limit = quantity(container, name, false);
                Quantity request = quantity(container, name, true);
                if (request == null) {
                    request = limit;
                }
                if (request != null && !request.isZero()) {
                    requests.merge(name, request, Quantity::add);
                }
                if (limit != null && !limit.isZero()) {
                    limits.merge(name, limit, Quantity::add);
                } else {
                    guaranteed = false;
                }
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return "BestEffort";
        }
        return guaranteed && requests.equals(limits) ? "Guaranteed" : "Burstable";
    }

    private static Quantity quantity(Container container, String name, boolean request) {
        if (container.getResources() == null) {
            return null;
        }
        return (request ? container.getResources().getRequests() : container.getResources().getLimits()).get(name);
    }
}
