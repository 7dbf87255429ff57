package io.pilothouse.runtime.controllers.podautoscaler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.runtime.controllers.Pods;

/**
 * Upstream's {@code groupPods}: the target's pods split into those whose metrics count, the unready ones, those
 * without metrics and the ignored ones (being deleted or failed). For cpu, a pod is unready while it starts: within
 * the cpu initialization period when it is not ready or its sample predates its readiness by less than a window,
 * after it when it has never been ready within the initial readiness delay.
 */
final class PodGroups {

    static final Duration CPU_INITIALIZATION_PERIOD = Duration.ofMinutes(5);
    static final Duration INITIAL_READINESS_DELAY = Duration.ofSeconds(30);

    final Map<String, Long> metrics = new TreeMap<>();
    final TreeSet<String> unready = new TreeSet<>();
    final TreeSet<String> missing = new TreeSet<>();
    int readyCount;

    private PodGroups() {}

    static PodGroups of(List<Pod> pods, Map<String, Long> samples, boolean cpu, Instant now) {
        PodGroups groups = new PodGroups();
        for (Pod pod : pods) {
            String name = pod.getMetadata().getName();
            String phase = Pods.phase(pod);
            if (pod.getMetadata().getDeletionTimestamp() != null || Pods.FAILED.equals(phase)) {
                continue;
            }
            if (Pods.PENDING.equals(phase)) {
                groups.unready.add(name);
                continue;
            }
            Long sample = samples.get(name);
            if (sample == null) {
                groups.missing.add(name);
                continue;
            }
            if (cpu && unreadyForCpu(pod, now)) {
                groups.unready.add(name);
                continue;
            }
            groups.metrics.put(name, sample);
            groups.readyCount++;
        }
        return groups;
    }

    private static boolean unreadyForCpu(Pod pod, Instant now) {
        PodCondition ready = pod.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType()))
                .findFirst().orElse(null);
        if (ready == null || pod.getStatus().getStartTime() == null || ready.getLastTransitionTime() == null) {
            return true;
        }
        Instant started = pod.getStatus().getStartTime().toInstant();
        Instant transition = ready.getLastTransitionTime().toInstant();
        if (started.plus(CPU_INITIALIZATION_PERIOD).isAfter(now)) {
            return "False".equals(ready.getStatus()) || now.isBefore(transition.plus(MetricsSource.WINDOW));
        }
        return "False".equals(ready.getStatus()) && started.plus(INITIAL_READINESS_DELAY).isAfter(transition);
    }
}
