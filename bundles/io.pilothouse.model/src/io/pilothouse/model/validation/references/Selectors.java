package io.pilothouse.model.validation.references;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Label selector matching as the API machinery does it. */
public final class Selectors {

    private Selectors() {}

    /**
     * @return whether a label selector selects the labels: every {@code matchLabels} entry and every
     *         {@code matchExpressions} requirement holds; an empty selector selects everything
     */
    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (!matches(selector.getMatchLabels().map(), labels)) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            if (!matches(requirement, labels)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every entry of an equality selector (a Service's) is among the labels */
    public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        for (Map.Entry<String, String> entry : selector.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a selector is empty, which selects every pod */
    public static boolean isEmpty(LabelSelector selector) {
        return selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
    }

    /** @return the selector as {@code kubectl} writes one: {@code app=web,tier in (a,b),!canary} */
    public static String format(LabelSelector selector) {
        List<String> terms = new ArrayList<>();
        terms.add(format(selector.getMatchLabels().map()));
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String values = " (" + String.join(",", requirement.getValues()) + ')';
            terms.add(switch (requirement.getOperator() == null ? "" : requirement.getOperator()) {
                case "In" -> requirement.getKey() + " in" + values;
                case "NotIn" -> requirement.getKey() + " notin" + values;
                case "DoesNotExist" -> "!" + requirement.getKey();
                default -> requirement.getKey();
            });
        }
        return String.join(",", terms.stream().filter(term -> !term.isEmpty()).toList());
    }

    /** @return an equality selector as {@code kubectl} writes one, keys sorted: {@code app=web,tier=front} */
    public static String format(Map<String, String> selector) {
        List<String> terms = new ArrayList<>();
        new TreeMap<>(selector).forEach((key, value) -> terms.add(key + '=' + value));
        return String.join(",", terms);
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator() == null ? "" : requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
