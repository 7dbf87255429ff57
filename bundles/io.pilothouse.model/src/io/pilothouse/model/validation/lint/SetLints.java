package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.meta.v1.MetaV1Package.Literals.OBJECT_META__NAME;
import static io.pilothouse.model.k8s.policy.v1.PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE;
import static io.pilothouse.model.k8s.policy.v1.PolicyV1Package.Literals.POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE;

import io.pilothouse.model.k8s.networking.v1.NetworkPolicy;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudget;
import io.pilothouse.model.k8s.policy.v1.PodDisruptionBudgetSpec;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.SetCheck;
import io.pilothouse.model.validation.references.Resources;
import io.pilothouse.model.validation.references.Selectors;
import io.pilothouse.model.validation.references.Workloads;
import io.pilothouse.model.validation.references.Workloads.PodTemplateOf;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Lints across resources: a PodDisruptionBudget that allows no eviction of the replicas it selects (which blocks
 * node drains), and workloads that no NetworkPolicy of their namespace selects.
 */
final class SetLints implements SetCheck {

    @Override
    public void check(ManifestSet manifests, Reporter reporter) {
        List<PodTemplateOf> pods = Workloads.podTemplates(manifests.resources());
        for (PodDisruptionBudget budget : manifests.resourcesOf(PodDisruptionBudget.class)) {
            if (budget.getSpec() != null && budget.getSpec().getSelector() != null) {
                budget(budget, pods, reporter);
            }
        }
        List<NetworkPolicy> policies = manifests.resourcesOf(NetworkPolicy.class);
        for (PodTemplateOf pod : pods) {
            String namespace = Resources.namespace(pod.workload());
            boolean selected = policies.stream().anyMatch(policy -> Resources.namespace(policy).equals(namespace)
                    && policy.getSpec() != null && policy.getSpec().getPodSelector() != null
                    && Selectors.matches(policy.getSpec().getPodSelector(), pod.labels()));
            if (!selected && Resources.metadata(pod.workload()) != null) {
                reporter.report(LintRules.NO_NETWORK_POLICY, "no NetworkPolicy in namespace \"" + namespace
                        + "\" selects the pods of " + Resources.kind(pod.workload()) + " \""
                        + Resources.name(pod.workload()) + '"', Resources.metadata(pod.workload()),
                        OBJECT_META__NAME);
            }
        }
    }

    private static void budget(PodDisruptionBudget budget, List<PodTemplateOf> pods, Reporter reporter) {
        PodDisruptionBudgetSpec spec = budget.getSpec();
        String namespace = Resources.namespace(budget);
        int replicas = 0;
        for (PodTemplateOf pod : pods) {
            if (Resources.namespace(pod.workload()).equals(namespace)
                    && Selectors.matches(spec.getSelector(), pod.labels())) {
                Integer count = replicas(pod.workload());
                if (count == null) {
                    return;
                }
                replicas += count;
            }
        }
        if (replicas == 0) {
            return;
        }
        if (spec.getMaxUnavailable() != null) {
            Long unavailable = WorkloadLints.scaled(spec.getMaxUnavailable(), replicas, true);
            if (unavailable != null && unavailable == 0) {
                report(reporter, spec, POD_DISRUPTION_BUDGET_SPEC__MAX_UNAVAILABLE, "maxUnavailable "
                        + spec.getMaxUnavailable() + " allows no eviction of the " + replicas + " selected replicas");
            }
        } else if (spec.getMinAvailable() != null) {
            Long available = WorkloadLints.scaled(spec.getMinAvailable(), replicas, true);
            if (available != null && available >= replicas) {
                report(reporter, spec, POD_DISRUPTION_BUDGET_SPEC__MIN_AVAILABLE, "minAvailable "
                        + spec.getMinAvailable() + " allows no eviction of the " + replicas + " selected replicas");
            }
        }
    }

    private static void report(Reporter reporter, PodDisruptionBudgetSpec spec, EStructuralFeature feature,
            String message) {
        reporter.report(LintRules.PDB_BLOCKS_EVICTION, message + ": draining a node blocks", spec, feature);
    }

    /** @return the replicas of a controller with a {@code spec.replicas} (default 1), {@code null} for others */
    private static Integer replicas(EObject workload) {
        EObject spec = WorkloadLints.specOf(workload);
        EStructuralFeature feature = spec == null ? null : spec.eClass().getEStructuralFeature("replicas");
        if (feature == null) {
            return null;
        }
        return spec.eGet(feature) instanceof Integer count ? count : 1;
    }
}
