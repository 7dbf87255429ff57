package io.pilothouse.runtime.controllers.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.batch.v1.Job;
import io.pilothouse.model.k8s.batch.v1.JobCondition;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.controllers.Pods;

class JobPoliciesTest {

    private static Cluster cluster(Consumer<Job> edit) {
        Cluster cluster = new Cluster();
        cluster.add(new JobController());
        cluster.add(new TtlAfterFinishedController());
        Job job = JobFixtures.load("job", "policies.yaml");
        edit.accept(job);
        cluster.store().create(job);
        cluster.settle();
        return cluster;
    }

    private static Pod running(Cluster cluster, int which) {
        return JobFixtures.pods(cluster).stream().filter(Pods::isActive).toList().get(which);
    }

    private static String conditions(Job job) {
        return String.join("; ", job.getStatus().getConditions().stream().map(JobPoliciesTest::condition).toList());
    }

    private static String condition(JobCondition c) {
        return c.getType() + "=" + c.getStatus() + " " + c.getReason() + " at " + c.getLastTransitionTime();
    }

    @Test
    void ttlDeletesTheJobExactlyWhenItExpires() {
        Cluster cluster = cluster(job -> job.getSpec().setTtlSecondsAfterFinished(30));
        cluster.advance(Duration.ofSeconds(5));
        JobFixtures.finish(cluster, running(cluster, 0), 0);
        JobFixtures.finish(cluster, running(cluster, 0), 0);
        cluster.settle();
        assertEquals("SuccessCriteriaMet=True CompletionsReached at 2026-01-01T00:00:05Z; "
                + "Complete=True CompletionsReached at 2026-01-01T00:00:05Z",
                conditions(JobFixtures.job(cluster,
                        "train")));
        cluster.advance(Duration.ofSeconds(29));
        assertNotNull(JobFixtures.job(cluster, "train"));
        cluster.advance(Duration.ofSeconds(1));
        assertNull(JobFixtures.job(cluster, "train"));
        assertEquals(2, JobFixtures.pods(cluster).size());
    }

    @Test
    void failJobRuleFailsTheJobAndDeletesTheOtherPods() {
        Cluster cluster = cluster(job -> {});
        cluster.advance(Duration.ofSeconds(3));
        Pod failing = running(cluster, 1);
        JobFixtures.finish(cluster, failing, 42);
        cluster.settle();
        Job job = JobFixtures.job(cluster, "train");
        String message = "Container main for pod default/" + failing.getMetadata().getName()
                + " failed with exit code 42 matching FailJob rule at index 0";
        assertEquals("FailureTarget=True PodFailurePolicy at 2026-01-01T00:00:03Z; "
                + "Failed=True PodFailurePolicy at 2026-01-01T00:00:03Z", conditions(job));
        assertEquals(message, job.getStatus().getConditions().get(1).getMessage());
        assertEquals(2, job.getStatus().getFailed(), "the failed pod and the one deleted with the Job");
        assertEquals(0, job.getStatus().getActive());
        assertEquals(1, JobFixtures.pods(cluster).size());
        assertEquals("PodFailurePolicy: " + message, JobFixtures.events(cluster).getLast());
    }

    @ParameterizedTest(name = "disrupted {0}")
    @CsvSource({"true, 0, 137", "false, 2, 137"})
    void disruptedPodsAreIgnoredAndOtherFailuresCounted(boolean disrupted, int failed, int exitCode) {
        Cluster cluster = cluster(job -> job.getSpec().setBackoffLimit(0));
        Pod pod = running(cluster, 0);
        if (disrupted) {
            PodCondition condition = CoreV1Factory.eINSTANCE.createPodCondition();
            condition.setType("DisruptionTarget");
            condition.setStatus("True");
            condition.setReason("PreemptionByScheduler");
            pod = EcoreUtil.copy(pod);
            pod.setStatus(CoreV1Factory.eINSTANCE.createPodStatus());
            pod.getStatus().getConditions().add(condition);
        }
        JobFixtures.finish(cluster, pod, exitCode);
        cluster.advance(Duration.ofSeconds(10));
        Job job = JobFixtures.job(cluster, "train");
        assertEquals(failed, job.getStatus().getFailed());
        assertEquals(disrupted
                ? ""
                : "FailureTarget=True BackoffLimitExceeded at 2026-01-01T00:00:00Z; "
                        + "Failed=True BackoffLimitExceeded at 2026-01-01T00:00:00Z",
                conditions(job));
        assertEquals(disrupted ? 2 : 0, job.getStatus().getActive());
    }

    @Test
    void activeDeadlineFailsTheJobAtTheDeadline() {
        Cluster cluster = cluster(job -> job.getSpec().setActiveDeadlineSeconds(60L));
        cluster.advance(Duration.ofSeconds(59));
        assertEquals(List.of(), JobFixtures.job(cluster, "train").getStatus().getConditions());
        cluster.advance(Duration.ofSeconds(1));
        Job job = JobFixtures.job(cluster, "train");
        assertEquals("FailureTarget=True DeadlineExceeded at 2026-01-01T00:01:00Z; "
                + "Failed=True DeadlineExceeded at 2026-01-01T00:01:00Z", conditions(job));
        assertEquals("Job was active longer than specified deadline", job.getStatus().getConditions().get(1)
                .getMessage());
        assertEquals(List.of(), JobFixtures.pods(cluster));
        assertEquals(2, job.getStatus().getFailed(), "the running pods count as failed when the Job fails");
    }

    @Test
    void suspendDeletesThePodsAndResumeStartsThemAgain() {
        Cluster cluster = cluster(job -> {});
        cluster.advance(Duration.ofSeconds(10));
        update(cluster, job -> job.getSpec().setSuspend(true));
        Job suspended = JobFixtures.job(cluster, "train");
        assertEquals("Suspended=True JobSuspended at 2026-01-01T00:00:10Z", conditions(suspended));
        assertNull(suspended.getStatus().getStartTime());
        assertEquals(0, suspended.getStatus().getActive());
        assertEquals(0, suspended.getStatus().getFailed());
        assertEquals(List.of(), JobFixtures.pods(cluster));
        cluster.advance(Duration.ofSeconds(20));
        update(cluster, job -> job.getSpec().setSuspend(false));
        Job resumed = JobFixtures.job(cluster, "train");
        assertEquals("Suspended=False JobResumed at 2026-01-01T00:00:30Z", conditions(resumed));
        assertEquals("2026-01-01T00:00:30Z", resumed.getStatus().getStartTime().toString());
        assertEquals(2, resumed.getStatus().getActive());
        assertEquals(List.of("Suspended: Job suspended", "Resumed: Job resumed"), JobFixtures.events(cluster)
                .stream().filter(e -> e.startsWith("Suspended") || e.startsWith("Resumed")).toList());
    }

    @Test
    void replacementWaitsTheBackoffFromThePodsFinishTime() {
        Cluster cluster = cluster(job -> job.getSpec().setBackoffLimit(3));
        Pod pod = running(cluster, 0);
        cluster.advance(Duration.ofSeconds(4));
        JobFixtures.finish(cluster, pod, 1);
        cluster.settle();
        cluster.advance(Duration.ofSeconds(9));
        assertEquals(1, JobFixtures.pods(cluster).stream().filter(Pods::isActive).count());
        cluster.advance(Duration.ofSeconds(1));
        assertEquals(2, JobFixtures.pods(cluster).stream().filter(Pods::isActive).count());
        assertEquals("2026-01-01T00:00:14Z", JobFixtures.pods(cluster).getLast().getMetadata()
                .getCreationTimestamp().toString());
    }

    @Test
    void sameInputGivesTheSameObjects() {
        assertEquals(snapshot(), snapshot());
    }

    private static List<String> snapshot() {
        Cluster cluster = cluster(job -> job.getSpec().setBackoffLimit(3));
        for (int failure = 0; failure < 3; failure++) {
            JobFixtures.finish(cluster, running(cluster, failure % 2), 1);
            cluster.advance(Duration.ofSeconds(45));
        }
        Job job = JobFixtures.job(cluster, "train");
        assertEquals(3, job.getStatus().getFailed());
        return List.of(JobFixtures.yaml(List.of(job)), JobFixtures.yaml(JobFixtures.pods(cluster)),
                String.valueOf(JobFixtures.events(cluster)));
    }

    private static void update(Cluster cluster, Consumer<Job> edit) {
        Job job = EcoreUtil.copy(JobFixtures.job(cluster, "train"));
        edit.accept(job);
        cluster.store().update(job);
        cluster.settle();
    }
}
