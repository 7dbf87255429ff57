package io.pilothouse.runtime.controllers.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.batch.v1.JobStatus;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.Pods;

/** Indexed Jobs: {@code backoffLimitPerIndex} with {@code maxFailedIndexes}, {@code FailIndex}, success policies. */
class JobIndexPoliciesTest {

    private static Cluster cluster(String fixture, Consumer<Job> edit) {
        Cluster cluster = new Cluster();
        cluster.add(new JobController());
        Job job = JobFixtures.load("job", fixture);
        edit.accept(job);
        cluster.store().create(job);
        cluster.settle();
        return cluster;
    }

    private static Pod running(Cluster cluster, int index) {
        return JobFixtures.pods(cluster).stream().filter(pod -> Pods.isActive(pod)
                && JobPods.completionIndex(pod) == index).findFirst().orElse(null);
    }

    private static String counts(Job job) {
        JobStatus status = job.getStatus();
        return "active=" + status.getActive() + " succeeded=" + status.getSucceeded() + " failed=" + status.getFailed()
                + " completed=" + status.getCompletedIndexes() + " failedIndexes=" + status.getFailedIndexes();
    }

    private static String conditions(Job job) {
        return String.join("; ", job.getStatus().getConditions().stream().map(JobIndexPoliciesTest::condition)
                .toList());
    }

    private static String condition(JobCondition c) {
        return c.getType() + "=" + c.getStatus() + " " + c.getReason() + " at " + c.getLastTransitionTime();
    }

    private static String failureCount(Pod pod) {
        return pod.getMetadata().getAnnotations().get(IndexFailures.FAILURE_COUNT);
    }

    @Test
    void perIndexBackoffCarriesTheFailureCountUntilTooManyIndexesFailed() {
        Cluster cluster = cluster("per-index.yaml", job -> {});
        Pod first = running(cluster, 1);
        assertEquals("0", failureCount(first));
        assertEquals("metadata.labels['batch.kubernetes.io/job-completion-index']", first.getSpec().getContainers()
                .get(0).getEnv().get(0).getValueFrom().getFieldRef().getFieldPath());
        assertEquals("", JobFixtures.job(cluster, "shard").getStatus().getFailedIndexes());

        cluster.advance(Duration.ofSeconds(5));
        JobFixtures.finish(cluster, first, 1);
        cluster.advance(Duration.ofSeconds(9));
        assertEquals("active=2 succeeded=0 failed=0 completed=null failedIndexes=",
                counts(JobFixtures.job(cluster, "shard")), "the failed pod waits for its replacement, uncounted");
        assertEquals(List.of(JobPods.TRACKING_FINALIZER), JobFixtures.pods(cluster).stream()
                .filter(pod -> pod.getMetadata().getName().equals(first.getMetadata().getName())).findFirst()
                .orElseThrow().getMetadata().getFinalizers());
        assertNull(running(cluster, 1));

        cluster.advance(Duration.ofSeconds(1));
        Pod second = running(cluster, 1);
        assertEquals("2026-01-01T00:00:15Z", second.getMetadata().getCreationTimestamp().toString());
        assertEquals("1", failureCount(second));
        assertEquals("active=3 succeeded=0 failed=1 completed=null failedIndexes=",
                counts(JobFixtures.job(cluster, "shard")));

        cluster.advance(Duration.ofSeconds(5));
        JobFixtures.finish(cluster, second, 1);
        cluster.advance(Duration.ofSeconds(60));
        Job job = JobFixtures.job(cluster, "shard");
        assertEquals("active=2 succeeded=0 failed=2 completed=null failedIndexes=1", counts(job),
                "the second failure reaches backoffLimitPerIndex: the index fails for good");
        assertNull(running(cluster, 1));
        assertEquals("", conditions(job));

        JobFixtures.finish(cluster, running(cluster, 2), 3);
        cluster.settle();
        job = JobFixtures.job(cluster, "shard");
        assertEquals("active=0 succeeded=0 failed=4 completed=null failedIndexes=1,2", counts(job));
        assertEquals("FailureTarget=True MaxFailedIndexesExceeded at 2026-01-01T00:01:20Z; "
                + "Failed=True MaxFailedIndexesExceeded at 2026-01-01T00:01:20Z", conditions(job));
        assertEquals("MaxFailedIndexesExceeded: Job has exceeded the specified maximal number of failed indexes",
                JobFixtures.events(cluster).getLast());
    }

    @Test
    void aFailedIndexWithAllOthersSucceededFailsTheJob() {
        Cluster cluster = cluster("per-index.yaml", job -> {
            job.getSpec().setCompletions(2);
            job.getSpec().setParallelism(2);
            job.getSpec().setBackoffLimitPerIndex(0);
            job.getSpec().setMaxFailedIndexes(null);
        });
        cluster.advance(Duration.ofSeconds(2));
        JobFixtures.finish(cluster, running(cluster, 0), 1);
        cluster.advance(Duration.ofSeconds(2));
        JobFixtures.finish(cluster, running(cluster, 1), 0);
        cluster.settle();
        Job job = JobFixtures.job(cluster, "shard");
        assertEquals("active=0 succeeded=1 failed=1 completed=1 failedIndexes=0", counts(job));
        assertEquals("FailureTarget=True FailedIndexes at 2026-01-01T00:00:04Z; "
                + "Failed=True FailedIndexes at 2026-01-01T00:00:04Z", conditions(job));
        assertEquals("Job has failed indexes", job.getStatus().getConditions().get(1).getMessage());
    }

    static Stream<Arguments> successPolicies() {
        return Stream.of(
                Arguments.of(1, 2, "Matched rules at index 1", "1,2", "leader-0, leader-3, leader-4"),
                Arguments.of(0, 4, "Matched rules at index 0", "0,4", "leader-1, leader-2, leader-3"),
                Arguments.of(2, 3, "Matched rules at index 1", "2,3", "leader-0, leader-1, leader-4"));
    }

    @ParameterizedTest(name = "indexes {0} and {1}")
    @MethodSource("successPolicies")
    void successPolicyCompletesTheJobAndDeletesTheRemainingPods(int first, int second, String message,
            String completed, String deleted) {
        Cluster cluster = cluster("success-policy.yaml", job -> {});
        cluster.advance(Duration.ofSeconds(3));
        JobFixtures.finish(cluster, running(cluster, first), 0);
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("", conditions(JobFixtures.job(cluster, "leader")));
        JobFixtures.finish(cluster, running(cluster, second), 0);
        cluster.settle();
        Job job = JobFixtures.job(cluster, "leader");
        assertEquals("SuccessCriteriaMet=True SuccessPolicy at 2026-01-01T00:00:04Z; "
                + "Complete=True SuccessPolicy at 2026-01-01T00:00:04Z", conditions(job));
        assertEquals(message, job.getStatus().getConditions().get(1).getMessage());
        assertEquals("active=0 succeeded=2 failed=0 completed=" + completed + " failedIndexes=null", counts(job));
        assertEquals("2026-01-01T00:00:04Z", job.getStatus().getCompletionTime().toString());
        assertEquals(deleted, String.join(", ", JobFixtures.events(cluster).stream()
                .filter(event -> event.startsWith("SuccessfulDelete"))
                .map(event -> event.substring(event.indexOf("leader-"), event.lastIndexOf('-'))).toList()));
        assertEquals("Completed: Job completed", JobFixtures.events(cluster).getLast());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0 1|0,1", "0 1 2|0-2", "1 3 4 5 7 8|1,3-5,7,8", "4|4"})
    void indexListsAreWrittenAsUpstreamWritesThem(String indexes, String expected) {
        TreeSet<Integer> set = new TreeSet<>();
        for (String index : indexes.split(" ")) {
            set.add(Integer.parseInt(index));
        }
        assertEquals(expected, IndexIntervals.format(set));
        assertEquals(set, IndexIntervals.parse(expected, 10));
    }
}
