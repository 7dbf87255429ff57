package io.pilothouse.runtime.controllers.cronjob;

import java.util.Comparator;
import java.util.List;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.controllers.EventRecorder;

/**
 * Upstream's {@code cleanupFinishedJobs}: keeps the newest {@code successfulJobsHistoryLimit} complete and {@code
 * failedJobsHistoryLimit} failed Jobs (by start time, then name) and deletes the older ones.
 */
final class HistoryLimits {

    private HistoryLimits() {}

    static void cleanUp(ObjectStore store, EventRecorder events, CronJob cronJob, List<Job> children) {
        cleanUp(store, events, cronJob, children, "Complete", cronJob.getSpec().getSuccessfulJobsHistoryLimit());
        cleanUp(store, events, cronJob, children, "Failed", cronJob.getSpec().getFailedJobsHistoryLimit());
    }

    private static void cleanUp(ObjectStore store, EventRecorder events, CronJob cronJob, List<Job> children,
            String condition, Integer limit) {
        if (limit == null) {
            return;
        }
        List<Job> finished = children.stream().filter(job -> condition.equals(CronJobController
                .finishedCondition(job))).sorted(Comparator.comparing((Job job) -> job.getStatus().getStartTime(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(
                                job -> job.getMetadata()
                                        .getName()))
                .toList();
        for (Job job : finished.subList(0, Math.max(0, finished.size() - limit))) {
            try {
                store.delete(BatchV1Package.Literals.JOB, job.getMetadata().getNamespace(),
                        job.getMetadata().getName());
                events.record(cronJob, EventRecorder.NORMAL, "SuccessfulDelete", "Deleted job "
                        + job.getMetadata().getName());
            } catch (ApiException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
    }
}
