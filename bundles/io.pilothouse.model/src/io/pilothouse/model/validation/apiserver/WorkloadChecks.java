package io.pilothouse.model.validation.apiserver;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.pilothouse.model.k8s.apps.v1.DaemonSet;
import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.ReplicaSet;
import io.pilothouse.model.k8s.apps.v1.StatefulSet;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.meta.v1.LabelSelector;
import io.pilothouse.model.k8s.meta.v1.LabelSelectorRequirement;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.validation.FieldErrors;
import io.pilothouse.model.validation.FieldPaths;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceKinds;

/**
 * The workload rules of kube-apiserver: a controller's selector is valid, not empty and matches its pod template,
 * and its pods restart as the controller allows (Always for apps workloads, OnFailure or Never for Jobs).
 */
final class WorkloadChecks {

    private static final String ALWAYS = "Always";
    private static final List<String> JOB_RESTART_POLICIES = List.of("OnFailure", "Never");
    private static final List<String> POD_RESTART_POLICIES = List.of(ALWAYS, "OnFailure", "Never");

    private WorkloadChecks() {}

    static void check(EObject resource, Reporter reporter) {
        switch (resource) {
            case Deployment deployment when deployment.getSpec() != null -> controller(deployment.getSpec(),
                    deployment.getSpec().getSelector(), deployment.getSpec().getTemplate(), reporter);
            case ReplicaSet replicaSet when replicaSet.getSpec() != null -> controller(replicaSet.getSpec(),
                    replicaSet.getSpec().getSelector(), replicaSet.getSpec().getTemplate(), reporter);
            case StatefulSet statefulSet when statefulSet.getSpec() != null -> controller(statefulSet.getSpec(),
                    statefulSet.getSpec().getSelector(), statefulSet.getSpec().getTemplate(), reporter);
            case DaemonSet daemonSet when daemonSet.getSpec() != null -> controller(daemonSet.getSpec(),
                    daemonSet.getSpec().getSelector(), daemonSet.getSpec().getTemplate(), reporter);
            case Job job when job.getSpec() != null -> job(job.getSpec(), reporter);
            case CronJob cronJob when cronJob.getSpec() != null && cronJob.getSpec().getJobTemplate() != null
                    && cronJob.getSpec().getJobTemplate().getSpec() != null ->
                job(cronJob.getSpec().getJobTemplate().getSpec(), reporter);
            case Pod pod when pod.getSpec() != null && pod.getSpec().getRestartPolicy() != null
                    && !POD_RESTART_POLICIES.contains(pod.getSpec().getRestartPolicy()) ->
                reporter.report(ApiServerRules.RESTART_POLICY, FieldErrors.notSupported("spec.restartPolicy",
                        pod.getSpec().getRestartPolicy(), POD_RESTART_POLICIES), pod.getSpec(),
                        CoreV1Package.Literals.POD_SPEC__RESTART_POLICY);
            default -> {
            }
        }
    }

    private static void controller(EObject spec, LabelSelector selector, PodTemplateSpec template,
            Reporter reporter) {
        String kind = ResourceKinds.kind(spec.eContainer().eClass());
        if (selector != null) {
            selector(selector, template, kind, reporter);
            reporter.report(ApiServerRules.IMMUTABLE_SELECTOR, FieldPaths.of(selector)
                    + ": field is immutable after creation; changing it means deleting and recreating the " + kind,
                    selector, null);
        }
        if (template != null && template.getSpec() != null && template.getSpec().getRestartPolicy() != null
                && !ALWAYS.equals(template.getSpec().getRestartPolicy())) {
            reporter.report(ApiServerRules.RESTART_POLICY, FieldErrors.notSupported(
                    FieldPaths.of(template.getSpec(), CoreV1Package.Literals.POD_SPEC__RESTART_POLICY),
                    template.getSpec().getRestartPolicy(), List.of(ALWAYS)), template.getSpec(),
                    CoreV1Package.Literals.POD_SPEC__RESTART_POLICY);
        }
    }

    private static void job(JobSpec spec, Reporter reporter) {
        if (Boolean.TRUE.equals(spec.getManualSelector()) && spec.getSelector() != null) {
            selector(spec.getSelector(), spec.getTemplate(), "job", reporter);
        }
        PodTemplateSpec template = spec.getTemplate();
        if (template == null || template.getSpec() == null) {
            return;
        }
        String policy = template.getSpec().getRestartPolicy();
        if (!JOB_RESTART_POLICIES.contains(policy == null ? ALWAYS : policy)) {
            reporter.report(ApiServerRules.RESTART_POLICY, FieldErrors.notSupported(
                    FieldPaths.of(template.getSpec(), CoreV1Package.Literals.POD_SPEC__RESTART_POLICY),
                    policy == null ? ALWAYS : policy, JOB_RESTART_POLICIES), template.getSpec(),
                    CoreV1Package.Literals.POD_SPEC__RESTART_POLICY);
        }
    }

    private static void selector(LabelSelector selector, PodTemplateSpec template, String kind, Reporter reporter) {
        String path = FieldPaths.of(selector);
        if (LabelSelectors.isEmpty(selector)) {
            reporter.report(ApiServerRules.SELECTOR_INVALID, FieldErrors.invalidOmitted(path,
                    "empty selector is invalid for " + kind.toLowerCase(java.util.Locale.ROOT)), selector, null);
            return;
        }
        boolean valid = true;
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            valid &= requirement(requirement, reporter);
        }
        if (!valid || template == null) {
            return;
        }
        Map<String, String> labels = template.getMetadata() == null
                ? Map.of()
                : template.getMetadata().getLabels().map();
        if (!LabelSelectors.matches(selector, labels)) {
            EObject target = template.getMetadata() == null ? template : template.getMetadata();
            reporter.report(ApiServerRules.SELECTOR_MISMATCH, FieldErrors.invalid(FieldPaths.of(template)
                    + ".metadata.labels", labels, "`selector` does not match template `labels`"), target,
                    template.getMetadata() == null ? null : MetaV1Package.Literals.OBJECT_META__LABELS,
                    selectLabels(selector, labels));
        }
    }

    /**
     * @return a fix setting {@code matchLabels} to the template's labels, {@code null} when there are none or the
     *         selector's {@code matchExpressions} would still not match them
     */
    private static Fix selectLabels(LabelSelector selector, Map<String, String> labels) {
        LabelSelector aligned = EcoreUtil.copy(selector);
        aligned.getMatchLabels().clear();
        aligned.getMatchLabels().putAll(labels);
        if (labels.isEmpty() || !LabelSelectors.matches(aligned, labels)) {
            return null;
        }
        return new Fix.SetValue("Select the template's labels", selector,
                MetaV1Package.Literals.LABEL_SELECTOR__MATCH_LABELS, aligned.getMatchLabels());
    }

    private static boolean requirement(LabelSelectorRequirement requirement, Reporter reporter) {
        String path = FieldPaths.of(requirement);
        String operator = requirement.getOperator();
        boolean hasValues = !requirement.getValues().isEmpty();
        if (LabelSelectors.IN.equals(operator) || LabelSelectors.NOT_IN.equals(operator)) {
            if (!hasValues) {
                reporter.report(ApiServerRules.SELECTOR_INVALID, FieldErrors.required(path + ".values",
                        "must be specified when `operator` is 'In' or 'NotIn'"), requirement, null);
            }
            return hasValues;
        }
        if (LabelSelectors.EXISTS.equals(operator) || LabelSelectors.DOES_NOT_EXIST.equals(operator)) {
            if (hasValues) {
                reporter.report(ApiServerRules.SELECTOR_INVALID, FieldErrors.forbidden(path + ".values",
                        "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"), requirement,
                        MetaV1Package.Literals.LABEL_SELECTOR_REQUIREMENT__VALUES);
            }
            return !hasValues;
        }
        if (operator != null) {
            reporter.report(ApiServerRules.SELECTOR_INVALID, FieldErrors.invalid(path + ".operator", operator,
                    "not a valid selector operator"), requirement,
                    MetaV1Package.Literals.LABEL_SELECTOR_REQUIREMENT__OPERATOR);
        }
        return false;
    }
}
