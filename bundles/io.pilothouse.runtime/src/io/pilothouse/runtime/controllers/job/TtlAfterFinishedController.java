package io.pilothouse.runtime.controllers.job;

import java.time.Duration;
import java.time.Instant;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.controllers.Informer;
import io.pilothouse.runtime.controllers.InformerController;

/**
 * Deletes finished Jobs once {@code ttlSecondsAfterFinished} has passed since they finished (the transition time of
 * their {@code Complete} or {@code Failed} condition), as upstream's TTL-after-finished controller, in virtual time.
 */
public final class TtlAfterFinishedController extends InformerController {

    private Informer<Job> jobs;

    @Override
    public String name() {
        return "ttl-after-finished-controller";
    }

    @Override
    protected void startInformers() {
        jobs = Informer.start(context(), BatchV1Package.Literals.JOB, new Informer.Handler<>() {
            @Override
            public void onAdd(Job job) {
                enqueueIfExpiring(job);
            }

            @Override
            public void onUpdate(Job old, Job current) {
                enqueueIfExpiring(current);
            }
        });
    }

    private void enqueueIfExpiring(Job job) {
        if (job.getMetadata().getDeletionTimestamp() == null && job.getSpec() != null
                && job.getSpec().getTtlSecondsAfterFinished() != null && JobConditions.isFinished(job)) {
            enqueue(Informer.key(job.getMetadata().getNamespace(), job.getMetadata().getName()));
        }
    }

    @Override
    protected void sync(String key) {
        Job job = jobs.get(key);
        if (job == null || job.getMetadata().getDeletionTimestamp() != null || job.getSpec() == null
                || job.getSpec().getTtlSecondsAfterFinished() == null || !JobConditions.isFinished(job)) {
            return;
        }
        Instant expiry = finishTime(job).plusSeconds(job.getSpec().getTtlSecondsAfterFinished());
        Instant now = context().clock().now();
        if (now.isBefore(expiry)) {
            enqueueAfter(key, Duration.between(now, expiry));
            return;
        }
        try {
            context().store().delete(BatchV1Package.Literals.JOB, job.getMetadata().getNamespace(),
                    job.getMetadata().getName());
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
        }
    }

    private static Instant finishTime(Job job) {
        for (String type : new String[] {JobConditions.COMPLETE, JobConditions.FAILED}) {
            JobCondition condition = JobConditions.find(job.getStatus(), type);
            if (condition != null && "True".equals(condition.getStatus())) {
                return condition.getLastTransitionTime().toInstant();
            }
        }
        throw new IllegalStateException("job " + job.getMetadata().getName() + " has not finished");
    }
}
