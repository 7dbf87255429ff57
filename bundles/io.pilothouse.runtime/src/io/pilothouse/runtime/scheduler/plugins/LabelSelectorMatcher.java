package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import io.pilothouse.runtime.api.LabelSelectors;

/**
 * A compiled {@code labels.Selector}: a list of requirements, or the selector that matches nothing (upstream's
 * {@code labels.Nothing()}, what a {@code null} {@code metav1.LabelSelector} becomes). Requirements can be added,
 * as upstream adds the ones {@code matchLabelKeys} and {@code mismatchLabelKeys} make.
 */
public final class LabelSelectorMatcher {

    /** The selector that matches nothing. */
    public static final LabelSelectorMatcher NOTHING = new LabelSelectorMatcher(List.of(), true);
    /** The selector without requirements: it matches everything and is empty. */
    public static final LabelSelectorMatcher EVERYTHING = new LabelSelectorMatcher(List.of(), false);

    private final List<Requirement> requirements;
    private final boolean nothing;

    private LabelSelectorMatcher(List<Requirement> requirements, boolean nothing) {
        this.requirements = requirements;
        this.nothing = nothing;
    }

    /**
     * Compiles a selector; {@code null} matches nothing.
     *
     * @throws IllegalArgumentException with upstream's text when a requirement is malformed
     */
    public static LabelSelectorMatcher of(LabelSelector selector) {
        if (selector == null) {
            return NOTHING;
        }
        LabelSelectors.matches(selector, Map.of());
        List<Requirement> requirements = new ArrayList<>();
        for (Map.Entry<String, String> entry : selector.getMatchLabels()) {
            requirements.add(new Requirement(entry.getKey(), "In", Set.of(entry.getValue())));
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            requirements.add(new Requirement(requirement.getKey(), requirement.getOperator(),
                    Set.copyOf(requirement.getValues())));
        }
        return new LabelSelectorMatcher(List.copyOf(requirements), false);
    }

    /** The selector of a label set ({@code labels.SelectorFromSet}): every label equal. */
    public static LabelSelectorMatcher ofLabels(Map<String, String> labels) {
        List<Requirement> requirements = new ArrayList<>();
        labels.forEach((key, value) -> requirements.add(new Requirement(key, "In", Set.of(value))));
        return new LabelSelectorMatcher(List.copyOf(requirements), false);
    }

    /** This selector with one more requirement ({@code In} or {@code NotIn} one value); nothing stays nothing. */
    public LabelSelectorMatcher with(String key, boolean in, String value) {
        if (nothing) {
            return this;
        }
        List<Requirement> more = new ArrayList<>(requirements);
        more.add(new Requirement(key, in ? "In" : "NotIn", Set.of(value)));
        return new LabelSelectorMatcher(List.copyOf(more), false);
    }

    /** This selector with the requirements of another added; nothing stays nothing. */
    public LabelSelectorMatcher and(LabelSelectorMatcher other) {
        if (nothing || other.nothing) {
            return NOTHING;
        }
        List<Requirement> more = new ArrayList<>(requirements);
        more.addAll(other.requirements);
        return new LabelSelectorMatcher(List.copyOf(more), false);
    }

    /** Whether it has no requirements and matches everything ({@code Selector.Empty()}). */
    public boolean isEmpty() {
        return !nothing && requirements.isEmpty();
    }

    /**
     * A label every matching set of labels has: the first requirement that is {@code In} one value; {@code null}
     * when there is none.
     */
    public Map.Entry<String, String> requiredLabel() {
        for (Requirement requirement : requirements) {
            if ("In".equals(requirement.operator()) && requirement.values().size() == 1) {
                return Map.entry(requirement.key(), requirement.values().iterator().next());
            }
        }
        return null;
    }

    /** Whether the labels satisfy every requirement. */
    public boolean matches(Map<String, String> labels) {
        if (nothing) {
            return false;
        }
        for (Requirement requirement : requirements) {
            if (!requirement.holds(labels)) {
                return false;
            }
        }
        return true;
    }

    /** Selectors are equal when they have the same requirements in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LabelSelectorMatcher that && nothing == that.nothing
                && requirements.equals(that.requirements);
    }

    @Override
    public int hashCode() {
        return 31 * requirements.hashCode() + Boolean.hashCode(nothing);
    }

    private record Requirement(String key, String operator, Set<String> values) {

        boolean holds(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                default -> value == null;
            };
        }
    }
}
