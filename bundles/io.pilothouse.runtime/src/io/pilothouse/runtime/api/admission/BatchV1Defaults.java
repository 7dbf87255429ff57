package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.CronJobSpec;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobSpec;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;

/**
 * The defaults of upstream's batch/v1 scheme. The job template of a cron job only gets its pod template defaulted,
 * as upstream's job defaults apply to jobs.
 */
final class BatchV1Defaults implements GroupDefaults {

    private static final int BACKOFF_LIMIT = 6;
    private static final int SUCCESSFUL_JOBS_HISTORY_LIMIT = 3;

    @Override
    public void apply(EObject object) {
        switch (object) {
            case Job job when job.getSpec() != null -> apply(job);
            case CronJob cronJob when cronJob.getSpec() != null -> apply(cronJob.getSpec());
            default -> {
            }
        }
    }

    private static void apply(Job job) {
        JobSpec spec = job.getSpec();
        PodSpecDefaults.apply(spec.getTemplate());
        if (spec.getCompletions() == null && spec.getParallelism() == null) {
            spec.setCompletions(1);
        }
        if (spec.getParallelism() == null) {
            spec.setParallelism(1);
        }
        if (spec.getBackoffLimit() == null) {
            spec.setBackoffLimit(spec.getBackoffLimitPerIndex() != null ? Integer.MAX_VALUE : BACKOFF_LIMIT);
        }
        var templateMeta = spec.getTemplate() == null ? null : spec.getTemplate().getMetadata();
        if (templateMeta != null && !templateMeta.getLabels().isEmpty()) {
            if (job.getMetadata() == null) {
                job.setMetadata(MetaV1Factory.eINSTANCE.createObjectMeta());
            }
            if (job.getMetadata().getLabels().isEmpty()) {
                job.getMetadata().getLabels().putAll(templateMeta.getLabels().map());
            }
        }
        if (spec.getCompletionMode() == null) {
            spec.setCompletionMode("NonIndexed");
        }
        if (spec.getSuspend() == null) {
            spec.setSuspend(false);
        }
        if (spec.getPodFailurePolicy() != null) {
            spec.getPodFailurePolicy().getRules().forEach(rule -> rule.getOnPodConditions().forEach(pattern -> {
                if (pattern.getStatus() == null) {
                    pattern.setStatus("True");
                }
            }));
        }
        if (spec.getPodReplacementPolicy() == null) {
            spec.setPodReplacementPolicy(spec.getPodFailurePolicy() != null ? "Failed" : "TerminatingOrFailed");
        }
    }

    private static void apply(CronJobSpec spec) {
        if (spec.getJobTemplate() != null && spec.getJobTemplate().getSpec() != null) {
            PodSpecDefaults.apply(spec.getJobTemplate().getSpec().getTemplate());
        }
        if (spec.getConcurrencyPolicy() == null) {
            spec.setConcurrencyPolicy("Allow");
        }
        if (spec.getSuspend() == null) {
            spec.setSuspend(false);
        }
        if (spec.getSuccessfulJobsHistoryLimit() == null) {
            spec.setSuccessfulJobsHistoryLimit(SUCCESSFUL_JOBS_HISTORY_LIMIT);
        }
        if (spec.getFailedJobsHistoryLimit() == null) {
            spec.setFailedJobsHistoryLimit(1);
        }
    }
}
