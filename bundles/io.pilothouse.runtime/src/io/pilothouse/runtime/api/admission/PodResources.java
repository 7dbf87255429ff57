package io.pilothouse.runtime.api.admission;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.EMap;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.types.Quantity;

/**
 * The effective requests and limits of a pod, as upstream's resource helper computes them: per resource, the larger
 * of the sum over the containers and the largest init container, plus the pod overhead.
 */
final class PodResources {

    private PodResources() {}

    /** The pod's requests, by resource name in order. */
    static SortedMap<String, Quantity> requests(PodSpec spec) {
        return aggregate(spec, container -> container.getResources() == null
                ? null
                : container.getResources().getRequests());
    }

    /** The pod's limits, by resource name in order. */
    static SortedMap<String, Quantity> limits(PodSpec spec) {
        return aggregate(spec, container -> container.getResources() == null
                ? null
                : container.getResources().getLimits());
    }

    private static SortedMap<String, Quantity> aggregate(PodSpec spec,
            Function<Container, EMap<String, Quantity>> values) {
        SortedMap<String, Quantity> total = new TreeMap<>();
        for (Container container : spec.getContainers()) {
            EMap<String, Quantity> list = values.apply(container);
            if (list != null) {
                list.forEach(entry -> total.merge(entry.getKey(), entry.getValue(), Quantity::add));
            }
        }
        for (Container container : spec.getInitContainers()) {
            EMap<String, Quantity> list = values.apply(container);
            if (list != null) {
                list.forEach(entry -> total.merge(entry.getKey(), entry.getValue(),
                        (sum, init) -> init.compareTo(sum) > 0 ? init : sum));
            }
        }
        for (Map.Entry<String, Quantity> overhead : spec.getOverhead()) {
            if (total.containsKey(overhead.getKey())) {
                total.merge(overhead.getKey(), overhead.getValue(), Quantity::add);
            }
        }
        return total;
    }
}
