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
        List<PodTemplateOf> pods = Workloads.podTemplates(manifests.resources());
        for (EObject resource : manifests.resources()) {
            switch (resource) {
                case Service service when service.getSpec() != null && !service.getSpec().getSelector().isEmpty()
                        && !"ExternalName".equals(service.getSpec().getType()) -> {
                    Map<String, String> selector = service.getSpec().getSelector().map();
                    check(new Selection(resource, Selectors.format(selector), service.getSpec(),
                            SERVICE_SPEC__SELECTOR, ReferenceRules.SERVICE_SELECTOR), pods,
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

    /** A selector to check: who owns it, how it reads, where it is and which rule reports it. */
    private record Selection(EObject resource, String text, EObject owner, EStructuralFeature feature, Rule rule) {}

    private static void check(EObject resource, LabelSelector selector, EObject owner, EStructuralFeature feature,
            Rule rule, List<PodTemplateOf> pods, Reporter reporter) {
        if (selector != null && !Selectors.isEmpty(selector)) {
            check(new Selection(resource, Selectors.format(selector), owner, feature, rule), pods,
                    labels -> Selectors.matches(selector, labels), reporter);
        }
    }

    private static void check(Selection selection, List<PodTemplateOf> pods, Predicate<Map<String, String>> matches,
            Reporter reporter) {
        String namespace = Resources.namespace(selection.resource());
        List<PodTemplateOf> candidates = pods.stream()
                .filter(pod -> Resources.namespace(pod.workload()).equals(namespace)).toList();
        if (candidates.isEmpty()) {
            reporter.report(ReferenceRules.NOT_IN_FILES, "selector " + selection.text()
                    + " matches no pod of the files given, which hold no workload in namespace \"" + namespace + '"',
                    selection.owner(), selection.feature());
        } else if (candidates.stream().noneMatch(pod -> matches.test(pod.labels()))) {
            reporter.report(selection.rule(), "selector " + selection.text()
                    + " matches no pod template in namespace \"" + namespace + '"', selection.owner(),
                    selection.feature());
        }
    }
}
