package io.pilothouse.model.validation.lint;

import static io.pilothouse.model.k8s.apps.v1.AppsV1Package.Literals.ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE;
import static io.pilothouse.model.k8s.batch.v1.BatchV1Package.Literals.CRON_JOB_SPEC__CONCURRENCY_POLICY;
import static io.pilothouse.model.k8s.batch.v1.BatchV1Package.Literals.JOB_SPEC__BACKOFF_LIMIT;
import static io.pilothouse.model.k8s.batch.v1.BatchV1Package.Literals.JOB_SPEC__TTL_SECONDS_AFTER_FINISHED;
import static io.pilothouse.model.k8s.core.v1.CoreV1Package.Literals.SERVICE_SPEC__TYPE;

import io.pilothouse.model.k8s.apps.v1.Deployment;
import io.pilothouse.model.k8s.apps.v1.DeploymentSpec;
import io.pilothouse.model.k8s.apps.v1.RollingUpdateDeployment;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.core.v1.PodSpec;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.references.Resources;
import io.pilothouse.model.validation.references.Workloads;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The lints of controllers and Services: replicas that are not spread, rolling updates that may stop every
 * replica, CronJob concurrency, Job retries and clean-up, and Services exposed outside the cluster.
 */
final class WorkloadLints implements ResourceCheck {

    @Override
    public void check(EObject resource, Reporter reporter) {
        replicas(resource, reporter);
        switch (resource) {
            case Deployment deployment when deployment.getSpec() != null -> rollout(deployment.getSpec(), reporter);
            case CronJob cronJob when cronJob.getSpec() != null -> {
                if (cronJob.getSpec().getConcurrencyPolicy() == null) {
                    reporter.report(LintRules.CRONJOB_CONCURRENCY, "CronJob \"" + Resources.name(cronJob)
                            + "\" has no concurrencyPolicy, so a run may start while the previous one still runs",
                            cronJob.getSpec(), CRON_JOB_SPEC__CONCURRENCY_POLICY, new Fix.SetValue(
                                    "Set concurrencyPolicy to Forbid", cronJob.getSpec(),
                                    CRON_JOB_SPEC__CONCURRENCY_POLICY, "Forbid"));
                }
                if (cronJob.getSpec().getJobTemplate() != null) {
                    backoffLimit(cronJob.getSpec().getJobTemplate().getSpec(), reporter);
                }
            }
            case Job job when job.getSpec() != null -> {
                backoffLimit(job.getSpec(), reporter);
                if (job.getSpec().getTtlSecondsAfterFinished() == null) {
                    reporter.report(LintRules.JOB_TTL, "Job \"" + Resources.name(job) + "\" has no "
                            + "ttlSecondsAfterFinished, so it stays after it finishes", job.getSpec(),
                            JOB_SPEC__TTL_SECONDS_AFTER_FINISHED);
                }
            }
            case Service service when service.getSpec() != null
                    && ("LoadBalancer".equals(service.getSpec().getType())
                            || "NodePort".equals(service.getSpec().getType())) ->
                reporter.report(
                        LintRules.SERVICE_EXPOSED, "Service \"" + Resources.name(service) + "\" of type "
                                + service.getSpec().getType() + " is reachable from outside the cluster",
                        service.getSpec(), SERVICE_SPEC__TYPE);
            default -> {
                // no controller lints for other kinds
            }
        }
    }

    private static void replicas(EObject resource, Reporter reporter) {
        EObject spec = specOf(resource);
        EStructuralFeature replicas = spec == null ? null : spec.eClass().getEStructuralFeature("replicas");
        if (replicas == null || !(spec.eGet(replicas) instanceof Integer count) || count < 2) {
            return;
        }
        Workloads.podTemplate(resource).ifPresent(pod -> {
            PodSpec podSpec = pod.spec();
            boolean antiAffinity = podSpec.getAffinity() != null && podSpec.getAffinity().getPodAntiAffinity() != null;
            if (!antiAffinity && podSpec.getTopologySpreadConstraints().isEmpty()) {
                reporter.report(LintRules.NO_ANTI_AFFINITY, Resources.kind(resource) + " \""
                        + Resources.name(resource) + "\" runs " + count + " replicas without pod anti-affinity or "
                        + "topology spread constraints, so they may all land on one node", spec, replicas);
            }
        });
    }

    private static void rollout(DeploymentSpec spec, Reporter reporter) {
        int replicas = spec.getReplicas() == null ? 1 : spec.getReplicas();
        RollingUpdateDeployment rolling = spec.getStrategy() == null ? null : spec.getStrategy().getRollingUpdate();
        if (replicas < 2 || rolling == null || rolling.getMaxUnavailable() == null) {
            return;
        }
        Long unavailable = scaled(rolling.getMaxUnavailable(), replicas, false);
        if (unavailable != null && unavailable >= replicas) {
            reporter.report(LintRules.ROLLOUT_UNAVAILABLE, "maxUnavailable " + rolling.getMaxUnavailable()
                    + " lets a rolling update stop all " + replicas + " replicas at once", rolling,
                    ROLLING_UPDATE_DEPLOYMENT__MAX_UNAVAILABLE);
        }
    }

    /** @return the {@code spec} of a resource, {@code null} when it has none */
    static EObject specOf(EObject resource) {
        EStructuralFeature feature = resource.eClass().getEStructuralFeature("spec");
        return feature != null && resource.eGet(feature) instanceof EObject spec ? spec : null;
    }

    /** @return an integer or percentage of {@code total}, {@code null} when not a valid percentage */
    static Long scaled(IntOrString value, int total, boolean roundUp) {
        try {
            return value.scaledValue(total, roundUp);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void backoffLimit(JobSpec spec, Reporter reporter) {
        if (spec != null && spec.getBackoffLimit() == null && spec.getBackoffLimitPerIndex() == null) {
            reporter.report(LintRules.JOB_BACKOFF_LIMIT, "the Job has no backoffLimit, so a failing pod is retried "
                    + "6 times", spec, JOB_SPEC__BACKOFF_LIMIT);
        }
    }
}
