package io.pilothouse.runtime.scheduler.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.NodeSelectorRequirement;
import io.pilothouse.model.k8s.core.v1.NodeSelectorTerm;

/**
 * A compiled node selector term: its label requirements (ANDed) and its field requirements on
 * {@code metadata.name} (ANDed). An empty term, or one with an invalid requirement, matches no node, as upstream.
 */
public final class NodeSelectorMatcher {

    /** The only field a node selector term may match. */
    public static final String NAME_FIELD = "metadata.name";

    private static final NodeSelectorMatcher MATCHES_NOTHING = new NodeSelectorMatcher(List.of(), List.of(), true);

    private final List<Requirement> labels;
    private final List<Requirement> fields;
    private final boolean matchesNothing;

    private NodeSelectorMatcher(List<Requirement> labels, List<Requirement> fields, boolean matchesNothing) {
        this.labels = labels;
        this.fields = fields;
        this.matchesNothing = matchesNothing;
    }

    /** Compiles a term. */
    public static NodeSelectorMatcher of(NodeSelectorTerm term) {
        List<Requirement> labels = new ArrayList<>();
        List<Requirement> fields = new ArrayList<>();
        for (NodeSelectorRequirement requirement : term.getMatchExpressions()) {
            Requirement compiled = Requirement.of(requirement);
            if (compiled == null) {
                return MATCHES_NOTHING;
            }
            labels.add(compiled);
        }
        for (NodeSelectorRequirement requirement : term.getMatchFields()) {
            Requirement compiled = Requirement.of(requirement);
            if (compiled == null || !NAME_FIELD.equals(requirement.getKey())
                    || compiled.operator != Operator.IN && compiled.operator != Operator.NOT_IN) {
                return MATCHES_NOTHING;
            }
            fields.add(compiled);
        }
        return new NodeSelectorMatcher(List.copyOf(labels), List.copyOf(fields), labels.isEmpty() && fields.isEmpty());
    }

    /** Whether the node matches the term. */
    public boolean matches(Node node) {
        if (matchesNothing) {
            return false;
        }
        Map<String, String> nodeLabels = node.getMetadata().getLabels().map();
        for (Requirement requirement : labels) {
            if (!requirement.matches(nodeLabels.get(requirement.key))) {
                return false;
            }
        }
        for (Requirement requirement : fields) {
            if (!requirement.matches(node.getMetadata().getName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether any of the terms matches the node (terms are ORed). */
    public static boolean anyMatches(List<NodeSelectorMatcher> terms, Node node) {
        for (NodeSelectorMatcher term : terms) {
            if (term.matches(node)) {
                return true;
            }
        }
        return false;
    }

    private enum Operator {
        IN, NOT_IN, EXISTS, DOES_NOT_EXIST, GT, LT
    }

    private record Requirement(String key, Operator operator, Set<String> values, long number) {

        static Requirement of(NodeSelectorRequirement requirement) {
            Set<String> values = Set.copyOf(requirement.getValues());
            String key = requirement.getKey();
            return switch (requirement.getOperator() == null ? "" : requirement.getOperator()) {
                case "In" -> values.isEmpty() ? null : new Requirement(key, Operator.IN, values, 0);
                case "NotIn" -> values.isEmpty() ? null : new Requirement(key, Operator.NOT_IN, values, 0);
                case "Exists" -> values.isEmpty() ? new Requirement(key, Operator.EXISTS, values, 0) : null;
                case "DoesNotExist" -> values.isEmpty()
                        ? new Requirement(key, Operator.DOES_NOT_EXIST, values, 0)
                        : null;
                case "Gt" -> number(key, Operator.GT, requirement.getValues());
                case "Lt" -> number(key, Operator.LT, requirement.getValues());
                default -> null;
            };
        }

        private static Requirement number(String key, Operator operator, List<String> values) {
            if (values.size() != 1) {
                return null;
            }
            try {
                return new Requirement(key, operator, Set.of(), Long.parseLong(values.get(0)));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean matches(String value) {
            return switch (operator) {
                case IN -> value != null && values.contains(value);
                case NOT_IN -> value == null || !values.contains(value);
                case EXISTS -> value != null;
                case DOES_NOT_EXIST -> value == null;
                case GT, LT -> value != null && compare(value);
            };
        }

        private boolean compare(String value) {
            try {
                long actual = Long.parseLong(value);
                return operator == Operator.GT ? actual > number : actual < number;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
