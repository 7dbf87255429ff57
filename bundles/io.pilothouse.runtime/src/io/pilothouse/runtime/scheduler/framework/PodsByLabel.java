package io.pilothouse.runtime.scheduler.framework;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pods on nodes by label key and value, so that counting the pods a selector with an equality requirement
 * matches walks only the pods with that label instead of every pod.
 */
final class PodsByLabel {

    private final Map<String, Map<String, Set<PodInfo>>> pods = new HashMap<>();

    void add(PodInfo pod) {
        pod.labels().forEach((key, value) -> pods.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(value, v -> new HashSet<>()).add(pod));
    }

    void remove(PodInfo pod) {
        pod.labels().forEach((key, value) -> {
            Map<String, Set<PodInfo>> values = pods.get(key);
            Set<PodInfo> withValue = values.get(value);
            withValue.remove(pod);
            if (withValue.isEmpty()) {
                values.remove(value);
                if (values.isEmpty()) {
                    pods.remove(key);
                }
            }
        });
    }

    /** The pods whose label {@code key} has the value, in no particular order. */
    Set<PodInfo> with(String key, String value) {
        return pods.getOrDefault(key, Map.of()).getOrDefault(value, Set.of());
    }
}
