package io.pilothouse.lang.scoping;

import io.pilothouse.lang.manifest.Document;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.manifest.Value;
import io.pilothouse.lang.naming.YamlPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * The workloads a selector selects: a label value of a Service's, PodDisruptionBudget's or NetworkPolicy's pod
 * selector links to the workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) of its
 * namespace whose pod template carries every label of the selector, so go-to-definition on a selector goes to the
 * pods' owner and find references on a workload lists what selects it. These are label matches, not names: a rename
 * never changes them.
 */
final class SelectorScopes {

    static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
            "CronJob", "Pod");

    private SelectorScopes() {}

    /** Where each selecting kind keeps the label pairs of its selector. */
    private static final Map<String, List<String>> SELECTORS = Map.of(
            "Service", List.of("spec", "selector"),
            "PodDisruptionBudget", List.of("spec", "selector", "matchLabels"),
            "NetworkPolicy", List.of("spec", "podSelector", "matchLabels"));

    /**
     * @return whether {@code scalar} is a label value of a selector that selects pods: a Service's
     *         {@code spec.selector}, a PodDisruptionBudget's {@code spec.selector.matchLabels} or a NetworkPolicy's
     *         {@code spec.podSelector.matchLabels}
     */
    static boolean isPodSelectorValue(Scalar scalar) {
        List<String> path = YamlPaths.pathOf(scalar);
        if (path == null || path.isEmpty()) {
            return false;
        }
        Document document = YamlPaths.documentOf(scalar);
        Value root = document.getRoot() == null ? null : YamlPaths.valueOf(document.getRoot());
        String kind = YamlPaths.stringValue(root, "kind");
        List<String> selector = kind == null ? null : SELECTORS.get(kind);
        return selector != null && path.size() == selector.size() + 1
                && path.subList(0, selector.size()).equals(selector);
    }

    /** @return the selector of the mapping holding {@code scalar}, as label pairs */
    static Map<String, String> selectorOf(Scalar scalar) {
        return labels(YamlPaths.owningMapping(scalar));
    }

    /** @return whether the pod template of {@code workload} carries every pair of {@code selector} */
    static boolean selects(Map<String, String> selector, Document workload) {
        Value root = workload.getRoot() == null ? null : YamlPaths.valueOf(workload.getRoot());
        String kind = YamlPaths.stringValue(root, "kind");
        if (!WORKLOADS.contains(kind) || selector.isEmpty()) {
            return false;
        }
        EObject template = switch (kind) {
            case "Pod" -> root;
            case "CronJob" -> at(root, "spec", "jobTemplate", "spec", "template");
            default -> at(root, "spec", "template");
        };
        Map<String, String> labels = labels(at(template, "metadata", "labels"));
        return labels.entrySet().containsAll(selector.entrySet());
    }

    private static EObject at(EObject mapping, String... keys) {
        EObject current = mapping;
        for (String key : keys) {
            current = current == null ? null : YamlPaths.valueAt(current, key);
        }
        return current;
    }

    private static Map<String, String> labels(EObject mapping) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (mapping == null) {
            return labels;
        }
        for (String key : YamlPaths.keys(mapping)) {
            String value = YamlPaths.stringValue(mapping, key);
            if (value != null) {
                labels.put(key, value);
            }
        }
        return labels;
    }
}
