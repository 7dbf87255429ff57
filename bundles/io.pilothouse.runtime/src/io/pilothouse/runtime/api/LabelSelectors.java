package io.pilothouse.runtime.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EMap;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

/**
 * Matches labels against a {@code metav1.LabelSelector} as upstream's {@code LabelSelectorAsSelector} and
 * {@code labels.Selector} do: every {@code matchLabels} entry and every {@code matchExpressions} requirement must
 * hold. {@code In} needs the key with one of the values, {@code NotIn} the key absent or with none of the values,
 * {@code Exists} the key, {@code DoesNotExist} its absence. A {@code null} selector matches nothing; an empty one
 * matches everything. Every requirement is checked for form before the result is known, as upstream builds the
 * whole selector before it matches.
 */
public final class LabelSelectors {

    private LabelSelectors() {}

    /**
     * The labels of an object as a map that reads them by a scan of their entries, by index (no iterator is made
     * for a lookup). An object has few labels, and a lookup through the model's map builds a hash table on the
     * object first: controllers that match the same stored objects over and over read them this way instead.
     */
    public static Map<String, String> labels(ObjectMeta meta) {
        EMap<String, String> labels = meta.getLabels();
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                for (int i = 0; i < labels.size(); i++) {
                    Map.Entry<String, String> entry = labels.get(i);
                    if (Objects.equals(entry.getKey(), key)) {
                        return entry.getValue();
                    }
                }
                return null;
            }

            @Override
            public boolean containsKey(Object key) {
                for (int i = 0; i < labels.size(); i++) {
                    if (Objects.equals(labels.get(i).getKey(), key)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public Set<Map.Entry<String, String>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<String, String>> iterator() {
                        return labels.iterator();
                    }

                    @Override
                    public int size() {
                        return labels.size();
                    }
                };
            }
        };
    }

    /**
     * Whether a set of labels satisfies a selector.
     *
     * @throws IllegalArgumentException with upstream's text when a requirement is malformed: an unknown operator,
     *                                  {@code In}/{@code NotIn} without values, {@code Exists}/{@code DoesNotExist}
     *                                  with values
     */
    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean matches = true;
        for (Map.Entry<String, String> entry : selector.getMatchLabels()) {
            matches &= entry.getValue().equals(labels.get(entry.getKey()));
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            matches &= holds(requirement, labels);
        }
        return matches;
    }

    private static boolean holds(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String operator = requirement.getOperator();
        List<String> values = requirement.getValues();
        String value = labels.get(requirement.getKey());
        switch (operator == null ? "" : operator) {
            case "In", "NotIn" -> {
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("for 'in', 'notin' operators, values set can't be empty");
                }
                boolean in = value != null && values.contains(value);
                return operator.equals("In") == in;
            }
            case "Exists", "DoesNotExist" -> {
                if (!values.isEmpty()) {
                    throw new IllegalArgumentException("values set must be empty for exists and does not exist");
                }
                return operator.equals("Exists") == (value != null);
            }
            default -> throw new IllegalArgumentException(
                    GoStrings.quote(operator == null ? "" : operator) + " is not a valid label selector operator");
        }
    }
}
