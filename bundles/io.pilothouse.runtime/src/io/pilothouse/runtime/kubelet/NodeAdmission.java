package io.pilothouse.runtime.kubelet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.pilothouse.model.types.Quantity;

/**
 * The kubelet's resource admission of a pod (upstream's {@code lifecycle.NewPredicateAdmitHandler} with the
 * scheduler's fit check): the pod's requests must fit the node's allocatable minus the requests of the pods already
 * admitted. Checked in upstream's order: pods, cpu, memory, ephemeral-storage, then the other resources by name.
 */
final class NodeAdmission {

    private static final String PODS = "pods";
    private static final List<String> FIRST = List.of(PodResources.CPU, PodResources.MEMORY, "ephemeral-storage");

    private NodeAdmission() {}

    /** Why a pod was rejected: the status reason ({@code OutOfcpu}) and the event message. */
    record Rejection(String reason, String message) {}

    /**
     * Checks a pod against the node.
     *
     * @param allocatable the node's allocatable resources
     * @param admitted    the requests of the pods the node runs
     * @param requests    the requests of the pod
     * @return the rejection, or empty when the pod fits
     */
    static Optional<Rejection> admit(Map<String, Quantity> allocatable, List<Map<String, Quantity>> admitted,
            Map<String, Quantity> requests) {
        long allowedPods = allocatable.containsKey(PODS) ? allocatable.get(PODS).value() : Long.MAX_VALUE;
        if (admitted.size() + 1 > allowedPods) {
            return Optional.of(rejection(PODS, 1, admitted.size(), allowedPods));
        }
        Map<String, Quantity> used = new TreeMap<>();
        admitted.forEach(pod -> pod.forEach((name, quantity) -> used.merge(name, quantity, Quantity::add)));
        List<String> order = new ArrayList<>(FIRST);
        requests.keySet().stream().filter(name -> !FIRST.contains(name) && !PODS.equals(name)).forEach(order::add);
        for (String name : order) {
            Quantity requested = requests.get(name);
            if (requested == null || requested.signum() <= 0) {
                continue;
            }
            long want = amount(name, requested);
            long have = amount(name, used.get(name));
            long capacity = amount(name, allocatable.get(name));
            if (want > capacity - have) {
                return Optional.of(rejection(name, want, have, capacity));
            }
        }
        return Optional.empty();
    }

    private static Rejection rejection(String name, long requested, long used, long capacity) {
        return new Rejection("OutOf" + name, "Node didn't have enough resource: " + name + ", requested: "
                + requested + ", used: " + used + ", capacity: " + capacity);
    }

    private static long amount(String name, Quantity quantity) {
        if (quantity == null) {
            return 0;
        }
        return PodResources.CPU.equals(name) ? quantity.milliValue() : quantity.value();
    }
}
