package io.pilothouse.runtime.controllers.podautoscaler;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.runtime.controllers.Pods;

/**
 * Upstream's {@code ReplicaCalculator}: the replica count a metric asks for, with the tolerance, and with the pods
 * that are unready or lack metrics assumed to use nothing on a scale up and their target on a scale down, a change
 * that may cancel the scaling. Values are in thousandths.
 */
final class ReplicaCalculator {

    /** The result: the replica count, the current average or total, and (for utilization) the percentage. */
    record Replicas(int count, long usage, int utilization) {}

    private final double tolerance;
    private final Instant now;

    ReplicaCalculator(double tolerance, Instant now) {
        this.tolerance = tolerance;
        this.now = now;
    }

    /** A Resource or ContainerResource metric with an Utilization target. */
    Replicas resourceUtilization(int current, int target, String resource, String container, List<Pod> pods,
            Map<String, Long> samples) {
        requirePods(pods);
        PodGroups groups = PodGroups.of(pods, samples, "cpu".equals(resource), now);
        if (groups.metrics.isEmpty()) {
            throw new MetricException("did not receive metrics for targeted pods (pods might be unready)");
        }
        Map<String, Long> requests = requests(pods, resource, container);
        long[] ratio = utilization(groups.metrics, requests);
        double usageRatio = (double) ratio[0] / target;
        boolean scaleUpWithUnready = !groups.unready.isEmpty() && usageRatio > 1.0;
        if (!scaleUpWithUnready && groups.missing.isEmpty()) {
            int count = Math.abs(1.0 - usageRatio) <= tolerance
                    ? current
                    : (int) Math.ceil(usageRatio * groups.readyCount);
            return new Replicas(count, ratio[1], (int) ratio[0]);
        }
        Map<String, Long> filled = new TreeMap<>(groups.metrics);
        for (String name : groups.missing) {
            if (usageRatio < 1.0) {
                filled.put(name, requests.get(name) * Math.max(100, target) / 100);
            } else if (usageRatio > 1.0) {
                filled.put(name, 0L);
            }
        }
        if (scaleUpWithUnready) {
            groups.unready.forEach(name -> filled.put(name, 0L));
        }
        double newRatio = (double) utilization(filled, requests)[0] / target;
        return new Replicas(adjusted(current, usageRatio, newRatio, filled.size()), ratio[1], (int) ratio[0]);
    }

    /** A Resource metric with an AverageValue target, or a Pods metric (cpu readiness applies to cpu only). */
    Replicas averageValue(int current, long target, boolean cpu, List<Pod> pods, Map<String, Long> samples) {
        requirePods(pods);
        PodGroups groups = PodGroups.of(pods, samples, cpu, now);
        if (groups.metrics.isEmpty()) {
            throw new MetricException("did not receive metrics for targeted pods (pods might be unready)");
        }
        long usage = average(groups.metrics);
        double usageRatio = (double) usage / target;
        boolean scaleUpWithUnready = !groups.unready.isEmpty() && usageRatio > 1.0;
        if (!scaleUpWithUnready && groups.missing.isEmpty()) {
            int count = Math.abs(1.0 - usageRatio) <= tolerance
                    ? current
                    : (int) Math.ceil(usageRatio * groups.readyCount);
            return new Replicas(count, usage, 0);
        }
        Map<String, Long> filled = new TreeMap<>(groups.metrics);
        for (String name : groups.missing) {
            if (usageRatio < 1.0) {
                filled.put(name, target);
            } else if (usageRatio > 1.0) {
                filled.put(name, 0L);
            }
        }
        if (scaleUpWithUnready) {
            groups.unready.forEach(name -> filled.put(name, 0L));
        }
        double newRatio = (double) average(filled) / target;
        return new Replicas(adjusted(current, usageRatio, newRatio, filled.size()), usage, 0);
    }

    /** An Object or External metric with a Value target: the ratio applies to the ready pods. */
    Replicas value(int current, long target, long usage, List<Pod> pods) {
        double usageRatio = (double) usage / target;
        if (current == 0) {
            return new Replicas((int) Math.ceil(usageRatio), usage, 0);
        }
        if (Math.abs(1.0 - usageRatio) <= tolerance) {
            return new Replicas(current, usage, 0);
        }
        requirePods(pods);
        long ready = pods.stream().filter(pod -> Pods.RUNNING.equals(Pods.phase(pod)) && Pods.isReady(pod)).count();
        return new Replicas((int) Math.ceil(usageRatio * ready), usage, 0);
    }

    /** An Object or External metric with an AverageValue target: the total over the target per replica. */
    Replicas averageOfTotal(int current, long target, long usage) {
        int count = Math.abs(1.0 - (double) usage / ((double) target * current)) <= tolerance
                ? current
                : (int) Math.ceil((double) usage / target);
        return new Replicas(count, current == 0 ? usage : usage / current, 0);
    }

    private int adjusted(int current, double usageRatio, double newRatio, int counted) {
        if (Math.abs(1.0 - newRatio) <= tolerance || usageRatio < 1.0 && newRatio > 1.0
                || usageRatio > 1.0 && newRatio < 1.0) {
            return current;
        }
        int count = (int) Math.ceil(newRatio * counted);
        if (newRatio < 1.0 && count > current || newRatio > 1.0 && count < current) {
            return current;
        }
        return count;
    }

    /** {@code [utilization percent, average raw usage]} over the pods with samples. */
    private static long[] utilization(Map<String, Long> metrics, Map<String, Long> requests) {
        long usage = 0;
        long requested = 0;
        int counted = 0;
        for (Map.Entry<String, Long> metric : metrics.entrySet()) {
            Long request = requests.get(metric.getKey());
            if (request != null) {
                usage += metric.getValue();
                requested += request;
                counted++;
            }
        }
        if (requested == 0) {
            throw new MetricException("no metrics returned matched known pods");
        }
        return new long[] {usage * 100 / requested, usage / counted};
    }

    private static Map<String, Long> requests(List<Pod> pods, String resource, String container) {
        Map<String, Long> requests = new TreeMap<>();
        for (Pod pod : pods) {
            long total = 0;
            for (Container c : pod.getSpec().getContainers()) {
                if (container != null && !container.equals(c.getName())) {
                    continue;
                }
                Quantity request = c.getResources() == null ? null : c.getResources().getRequests().get(resource);
                if (request == null) {
                    throw new MetricException("missing request for " + resource + " in container " + c.getName()
                            + " of Pod " + pod.getMetadata().getName());
                }
                total += request.milliValue();
            }
            requests.put(pod.getMetadata().getName(), total);
        }
        return requests;
    }

    private static long average(Map<String, Long> metrics) {
        long total = 0;
        for (long value : metrics.values()) {
            total += value;
        }
        return total / metrics.size();
    }

    private static void requirePods(List<Pod> pods) {
        if (pods.isEmpty()) {
            throw new MetricException("no pods returned by selector while calculating replica count");
        }
    }

    /** The samples of the pods that have one. */
    static Map<String, Long> samples(List<Pod> pods, java.util.function.Function<Pod, OptionalLong> source) {
        Map<String, Long> samples = new TreeMap<>();
        for (Pod pod : pods) {
            OptionalLong value = source.apply(pod);
            if (value.isPresent()) {
                samples.put(pod.getMetadata().getName(), value.getAsLong());
            }
        }
        return samples;
    }

    /** A metric that could not be computed, with upstream's message. */
    static final class MetricException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MetricException(String message) {
            super(message, null, false, false);
        }
    }
}
