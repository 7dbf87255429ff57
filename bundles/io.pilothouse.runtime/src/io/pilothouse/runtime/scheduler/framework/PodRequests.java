package io.pilothouse.runtime.scheduler.framework;

import java.util.Map;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.ResourceRequirements;
import io.pilothouse.model.types.Quantity;

/**
 * A pod's effective resource request, as upstream's {@code resourcehelper.PodRequests}: the larger of (the app
 * containers plus the sidecars) and (each init container plus the sidecars started before it), plus the overhead. A
 * container without a request for a resource but with a limit requests its limit, as API defaulting would have set.
 */
public final class PodRequests {

    /** The CPU the scheduler assumes for a container that requests none when scoring: 100m. */
    public static final long DEFAULT_MILLI_CPU_REQUEST = 100;
    /** The memory the scheduler assumes for a container that requests none when scoring: 200 MiB. */
    public static final long DEFAULT_MEMORY_REQUEST = 200L * 1024 * 1024;

    private PodRequests() {}

    /**
     * The pod's request.
     *
     * @param nonZero whether a container without a CPU or memory request counts the scoring defaults
     */
    public static Resource of(PodSpec spec, boolean nonZero) {
        Resource request = new Resource();
        for (Container container : spec.getContainers()) {
            request.add(containerRequest(container, nonZero), 1);
        }
        Resource sidecars = new Resource();
        Resource initMax = new Resource();
        for (Container init : spec.getInitContainers()) {
            Resource containerRequest = containerRequest(init, nonZero);
            if ("Always".equals(init.getRestartPolicy())) {
                request.add(containerRequest, 1);
                sidecars.add(containerRequest, 1);
                initMax.setMax(sidecars);
            } else {
                containerRequest.add(sidecars, 1);
                initMax.setMax(containerRequest);
            }
        }
        request.setMax(initMax);
        request.add(spec.getOverhead().map());
        return request;
    }

    private static Resource containerRequest(Container container, boolean nonZero) {
        ResourceRequirements resources = container.getResources();
        Resource request = new Resource();
        if (resources != null) {
            Map<String, Quantity> requests = resources.getRequests().map();
            request.add(requests);
            for (Map.Entry<String, Quantity> limit : resources.getLimits().map().entrySet()) {
                if (!requests.containsKey(limit.getKey())) {
                    request.add(Map.of(limit.getKey(), limit.getValue()));
                }
            }
        }
        if (nonZero && !requested(resources, Resource.CPU)) {
            request.add(Map.of(Resource.CPU, Quantity.valueOf(DEFAULT_MILLI_CPU_REQUEST + "m")));
        }
        if (nonZero && !requested(resources, Resource.MEMORY)) {
            request.add(Map.of(Resource.MEMORY, Quantity.valueOf(Long.toString(DEFAULT_MEMORY_REQUEST))));
        }
        return request;
    }

    private static boolean requested(ResourceRequirements resources, String name) {
        return resources != null
                && (resources.getRequests().containsKey(name) || resources.getLimits().containsKey(name));
    }
}
