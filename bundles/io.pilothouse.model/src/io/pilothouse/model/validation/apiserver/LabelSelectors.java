package io.pilothouse.model.validation.apiserver;

import java.util.Map;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;

/** Label selector semantics ({@code metav1.LabelSelectorAsSelector}): matchLabels and matchExpressions, ANDed. */
final class LabelSelectors {

    static final String IN = "In";
    static final String NOT_IN = "NotIn";
    static final String EXISTS = "Exists";
    static final String DOES_NOT_EXIST = "DoesNotExist";

    private LabelSelectors() {}

    /** @return whether a selector has neither labels nor expressions */
    static boolean isEmpty(LabelSelector selector) {
        return selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
    }

    /** @return whether a set of labels satisfies a selector; unknown operators match nothing */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        for (Map.Entry<String, String> label : selector.getMatchLabels()) {
            if (!String.valueOf(label.getValue()).equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            boolean matched = switch (String.valueOf(requirement.getOperator())) {
                case IN -> value != null && requirement.getValues().contains(value);
                case NOT_IN -> value == null || !requirement.getValues().contains(value);
                case EXISTS -> value != null;
                case DOES_NOT_EXIST -> value == null;
                default -> false;
            };
            if (!matched) {
                return false;
            }
        }
        return true;
    }
}
