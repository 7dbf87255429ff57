package io.pilothouse.model.validation.references;

import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SERVICE_SPEC__SELECTOR;
import static io.pilothouse.model.k8s.networking.v1.NetworkingV1Package.Literals.NETWORK_POLICY_SPEC__POD_SELECTOR;
import static io.pilothouse.model.k8s.policy.v1.PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__SELECTOR;

import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.networking.v1.NetworkPolicy;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.SetCheck;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Selectors that should select pods: a Service's {@code selector}, a NetworkPolicy's {@code podSelector} and a
 * PodDisruptionBudget's {@code selector}, matched against the pod templates of the workloads in the same
 * namespace. Empty selectors (which select every pod, or no selector for a Service) are not checked. When the
 * namespace holds no workload at all the finding is {@link ReferenceRules#NOT_IN_FILES}.
 */
final class SelectorReferences implements SetCheck {

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        PodIndex pods = new PodIndex(Workloads.podTemplates(manifests.resources()));
        for (EObject resource : manifests.resources()) {
            switch (resource) {
                case Service service when service.getSpec() != null && !service.getSpec().getSelector().isEmpty()
                        && !"ExternalName".equals(service.getSpec().getType()) -> {
                    Map<String, String> selector = service.getSpec().getSelector().map();
                    check(new Selection(resource, Selectors.format(selector), service.getSpec(),
                            SERVICE_SPEC__SELECTOR, ReferenceRules.SERVICE_SELECTOR), pods, selector,
                            labels -> Selectors.matches(selector, labels), reporter);
                }
                case NetworkPolicy policy when policy.getSpec() != null -> check(resource,
                        policy.getSpec().getPodSelector(), policy.getSpec(), NETWORK_POLICY_SPEC__POD_SELECTOR,
                        ReferenceRules.NETWORK_POLICY_SELECTOR, pods, reporter);
                case PodDisruptionBudget budget when budget.getSpec() != null -> check(resource,
                        budget.getSpec().getSelector(), budget.getSpec(), POD_DISRUPTION_BUDGET_SPEC__SELECTOR,
                        ReferenceRules.DISRUPTION_BUDGET_SELECTOR, pods, reporter);
                default -> {
                    // other kinds have no pod selector
                }
            }
        }
    }

    /**
     * The pod templates by namespace, and by namespace and {@code key=value} label, so a selector is matched against
     * the templates that carry one of its required labels instead of against every template.
     */
    private static final class PodIndex {

        private final Map<String, List<PodTemplateOf>> byNamespace = new HashMap<>();
        private final Map<String, List<PodTemplateOf>> byLabel = new HashMap<>();

        PodIndex(List<PodTemplateOf> pods) {
            for (PodTemplateOf pod : pods) {
                String namespace = Resources.namespace(pod.workload());
                byNamespace.computeIfAbsent(namespace, key -> new ArrayList<>()).add(pod);
                for (Map.Entry<String, String> label : pod.labels().entrySet()) {
                    byLabel.computeIfAbsent(labelKey(namespace, label.getKey(), label.getValue()),
                            key -> new ArrayList<>()).add(pod);
                }
            }
        }

        boolean hasNamespace(String namespace) {
            return byNamespace.containsKey(namespace);
        }

        /** @return the templates that may match: those with the rarest required label, or all in the namespace */
        List<PodTemplateOf> candidates(String namespace, Map<String, String> requiredLabels) {
            List<PodTemplateOf> candidates = byNamespace.getOrDefault(namespace, List.of());
            for (Map.Entry<String, String> label : requiredLabels.entrySet()) {
                List<PodTemplateOf> withLabel = byLabel.getOrDefault(labelKey(namespace, label.getKey(),
                        label.getValue()), List.of());
                if (withLabel.size() < candidates.size()) {
                    candidates = withLabel;
                }
            }
            return candidates;
        }

        private static String labelKey(String namespace, String key, String value) {
            return namespace + '\u0000' + key + '\u0000' + value;
        }
    }

    /** A selector to check: who owns it, how it reads, where it is and which rule reports it. */
    private record Selection(EObject resource, String text, EObject owner, EStructuralFeature feature, Rule rule) {}

    private static void check(EObject resource, LabelSelector selector, EObject owner, EStructuralFeature feature,
            Rule rule, PodIndex pods, Reporter reporter) {
        if (selector != null && !Selectors.isEmpty(selector)) {
            check(new Selection(resource, Selectors.format(selector), owner, feature, rule), pods,
                    selector.getMatchLabels().map(), labels -> Selectors.matches(selector, labels), reporter);
        }
    }

    private static void check(Selection selection, PodIndex pods, Map<String, String> requiredLabels,
            Predicate<Map<String, String>> matches, Reporter reporter) {
        String namespace = Resources.namespace(selection.resource());
        if (!pods.hasNamespace(namespace)) {
            reporter.report(ReferenceRules.NOT_IN_FILES, "selector " + selection.text()
                    + " matches no pod of the files given, which hold no workload in namespace \"" + namespace + '"',
                    selection.owner(), selection.feature());
        } else if (pods.candidates(namespace, requiredLabels).stream().noneMatch(pod -> matches.test(pod.labels()))) {
            reporter.report(selection.rule(), "selector " + selection.text()
                    + " matches no pod template in namespace \"" + namespace + '"', selection.owner(),
                    selection.feature());
        }
    }
}
