package io.pilothouse.runtime.controllers.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.controllers.Pods;

class JobControllerTest {

    private static Cluster cluster() {
        Cluster cluster = new Cluster();
        cluster.add(new JobController());
        cluster.add(new TtlAfterFinishedController());
        return cluster;
    }

    private static Pod podOfIndex(Cluster cluster, int index) {
        return JobFixtures.pods(cluster).stream().filter(pod -> JobPods.completionIndex(pod) == index
                && Pods.isActive(pod)).findFirst().orElseThrow();
    }

    private static List<String> conditions(Job job) {
        List<String> conditions = new ArrayList<>();
        for (JobCondition condition : job.getStatus().getConditions()) {
            conditions.add(condition.getType() + "=" + condition.getStatus() + " " + condition.getReason());
        }
        return conditions;
    }

    @Test
    void indexedJobRecreatesFailedIndexWithDoublingBackoffUntilTheLimit() {
        Cluster cluster = cluster();
        cluster.store().create(JobFixtures.<Job>load("job", "indexed-backoff.yaml"));
        cluster.settle();
        List<Pod> pods = JobFixtures.pods(cluster);
        assertEquals(List.of("pi-0-", "pi-1-", "pi-2-"), pods.stream().map(p -> p.getMetadata().getGenerateName())
                .toList());
        assertEquals("pi-1", pods.get(1).getSpec().getHostname());
        assertEquals("1", pods.get(1).getMetadata().getLabels().get(JobPods.COMPLETION_INDEX));
        assertEquals(List.of(JobPods.TRACKING_FINALIZER), pods.get(1).getMetadata().getFinalizers());
        JobFixtures.finish(cluster, podOfIndex(cluster, 0), 0);
        JobFixtures.finish(cluster, podOfIndex(cluster, 2), 0);
        cluster.advance(Duration.ofSeconds(1));
        List<Long> recreatedAt = new ArrayList<>();
        for (int failure = 1; failure <= 4; failure++) {
            JobFixtures.finish(cluster, podOfIndex(cluster, 1), 42);
            long failedAt = secondsSinceEpoch(cluster);
            for (int second = 0; second <= 60 && JobFixtures.pods(cluster).stream()
                    .noneMatch(pod -> Pods.isActive(pod) && JobPods.completionIndex(pod) == 1); second++) {
                cluster.advance(Duration.ofSeconds(second == 0 ? 0 : 1));
            }
            if (failure < 4) {
                recreatedAt.add(secondsSinceEpoch(cluster) - failedAt);
            }
        }
        assertEquals(List.of(10L, 20L, 40L), recreatedAt);
        Job job = JobFixtures.job(cluster, "pi");
        assertEquals(List.of("FailureTarget=True BackoffLimitExceeded", "Failed=True BackoffLimitExceeded"),
                conditions(job));
        assertEquals("0,2", job.getStatus().getCompletedIndexes());
        assertEquals(4, job.getStatus().getFailed());
        assertEquals(2, job.getStatus().getSucceeded());
        assertEquals(0, job.getStatus().getActive());
        List<String> events = JobFixtures.events(cluster);
        assertEquals("BackoffLimitExceeded: Job has reached the specified backoff limit",
                events.get(events.size() - 1));
        assertEquals(6, events.stream().filter(e -> e.startsWith("SuccessfulCreate: Created pod: pi-")).count());
    }

    private static long secondsSinceEpoch(Cluster cluster) {
        return Duration.between(VirtualClock.EPOCH, cluster.clock().now()).toSeconds();
    }
}
