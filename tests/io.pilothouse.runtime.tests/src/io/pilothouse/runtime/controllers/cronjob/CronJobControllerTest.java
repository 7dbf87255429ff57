package io.pilothouse.runtime.controllers.cronjob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.CronJob;
import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.WatchEvent;
import io.pilothouse.runtime.controllers.job.JobController;
import io.pilothouse.runtime.controllers.job.JobFixtures;

class CronJobControllerTest {

    /** A cluster whose pods succeed 45 minutes after they are created. */
    private static Cluster cluster() {
        Cluster cluster = new Cluster();
        cluster.add(new CronJobController());
        cluster.add(new JobController());
        cluster.store().watch(CoreV1Package.Literals.POD, event -> {
            Pod pod = (Pod) event.object();
            if (event.type() == WatchEvent.Type.ADDED) {
                cluster.clock().scheduleAfter(Duration.ofMinutes(45), () -> JobFixtures.finish(cluster,
                        cluster.store().get(CoreV1Package.Literals.POD, "default", pod.getMetadata().getName()), 0));
            }
        });
        return cluster;
    }

    @Test
    void forbidSkipsTimesWhileAJobRunsAndStartsTheMostRecentMissedOne() {
        Cluster cluster = cluster();
        cluster.store().create(JobFixtures.<CronJob>load("cronjob", "forbid.yaml"));
        List<String> created = new ArrayList<>();
        cluster.store().watch(BatchV1Package.Literals.JOB, event -> {
            Job job = (Job) event.object();
            if (event.type() == WatchEvent.Type.ADDED) {
                created.add(job.getMetadata().getName() + " at " + cluster.clock().now() + " for "
                        + job.getMetadata().getAnnotations().get(CronJobController.SCHEDULED_TIMESTAMP));
            }
        });
        cluster.advance(Duration.ofHours(3));
        assertEquals(List.of(
                "hello-29453790 at 2026-01-01T00:30:00.100Z for 2026-01-01T00:30:00Z",
                "hello-29453820 at 2026-01-01T01:15:00.100Z for 2026-01-01T01:00:00Z",
                "hello-29453880 at 2026-01-01T02:00:00.100Z for 2026-01-01T02:00:00Z",
                "hello-29453910 at 2026-01-01T02:45:00.100Z for 2026-01-01T02:30:00Z"), created);
        List<String> skipped = JobFixtures.events(cluster).stream().filter(e -> e.startsWith("JobAlreadyActive"))
                .toList();
        assertEquals(Collections.nCopies(4, "JobAlreadyActive: Not starting job because prior execution is running"
                + " and concurrency policy is Forbid"), skipped);
    }
}
