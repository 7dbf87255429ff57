package io.pilothouse.runtime.kubelet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.runtime.api.ApiException;

/** Scenarios of the simulated kubelet, with the exact state at exact virtual instants. */
class PodLifecycleTest {

    @Test
    void initContainersRunInOrderAndTheSidecarKeepsRunning() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "init-sidecar.yaml");
        assertEquals("Pending", scenario.pod("web").getStatus().getPhase());
        assertEquals("PodInitializing", scenario.container("web", "app").getState().getWaiting().getReason());
        scenario.at(3);
        assertEquals("Completed", scenario.container("web", "init-a").getState().getTerminated().getReason());
        assertEquals(false, scenario.container("web", "proxy").getStarted());
        scenario.at(8);
        assertEquals(true, scenario.container("web", "proxy").getStarted());
        assertEquals("2026-01-01T00:00:08Z", scenario.container("web", "init-b").getState().getRunning()
                .getStartedAt().toString());
        scenario.at(12);
        assertEquals("Running", scenario.pod("web").getStatus().getPhase());
        assertEquals("2026-01-01T00:00:12Z", scenario.container("web", "app").getState().getRunning().getStartedAt()
                .toString());
        assertEquals(List.of("PodReadyToStartContainers True 0", "Initialized True 12",
                "Ready False 0 containers with unready status: [app]",
                "ContainersReady False 0 containers with unready status: [app]"), conditions(scenario.pod("web")));
        scenario.at(32);
        assertEquals(List.of("PodReadyToStartContainers True 0", "Initialized True 12", "Ready True 32",
                "ContainersReady True 32"), conditions(scenario.pod("web")));
        assertEquals(List.of(
                "0 Normal Pulling spec.initContainers{init-a}: Pulling image \"busybox:1.36\"",
                "0 Normal Pulled spec.initContainers{init-a}: Successfully pulled image \"busybox:1.36\" in 0s"
                        + " (0s including waiting). Image size: 0 bytes.",
                "0 Normal Created spec.initContainers{init-a}: Created container: init-a",
                "0 Normal Started spec.initContainers{init-a}: Started container init-a",
                "3 Normal Pulling spec.initContainers{proxy}: Pulling image \"envoy:1.30\"",
                "3 Normal Pulled spec.initContainers{proxy}: Successfully pulled image \"envoy:1.30\" in 0s"
                        + " (0s including waiting). Image size: 0 bytes.",
                "3 Normal Created spec.initContainers{proxy}: Created container: proxy",
                "3 Normal Started spec.initContainers{proxy}: Started container proxy",
                "3 Warning Unhealthy spec.initContainers{proxy}: Startup probe failed: HTTP probe failed with"
                        + " statuscode: 500",
                "8 Normal Pulled spec.initContainers{init-b}: Container image \"busybox:1.36\" already present"
                        + " on machine",
                "8 Normal Created spec.initContainers{init-b}: Created container: init-b",
                "8 Normal Started spec.initContainers{init-b}: Started container init-b",
                "12 Normal Pulling spec.containers{app}: Pulling image \"nginx:1.27\"",
                "12 Normal Pulled spec.containers{app}: Successfully pulled image \"nginx:1.27\" in 0s"
                        + " (0s including waiting). Image size: 0 bytes.",
                "12 Normal Created spec.containers{app}: Created container: app",
                "12 Normal Started spec.containers{app}: Started container app",
                "12 Warning Unhealthy spec.containers{app}: Readiness probe failed: HTTP probe failed with"
                        + " statuscode: 500",
                "22 Warning Unhealthy spec.containers{app}: Readiness probe failed: HTTP probe failed with"
                        + " statuscode: 500"),
                scenario.events());
    }

    @Test
    void livenessFailuresRestartTheContainer() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "liveness.yaml");
        scenario.at(24);
        assertEquals(0, scenario.container("web", "app").getRestartCount());
        scenario.at(25);
        assertEquals("CrashLoopBackOff", scenario.container("web", "app").getState().getWaiting().getReason());
        assertEquals(143, scenario.container("web", "app").getLastState().getTerminated().getExitCode());
        scenario.at(35);
        assertEquals(1, scenario.container("web", "app").getRestartCount());
        scenario.at(600);
        assertEquals(1, scenario.container("web", "app").getRestartCount());
        List<String> events = scenario.events();
        assertEquals(List.of(
                "5 Warning Unhealthy spec.containers{app}: Liveness probe failed: HTTP probe failed with"
                        + " statuscode: 500",
                "15 Warning Unhealthy spec.containers{app}: Liveness probe failed: HTTP probe failed with"
                        + " statuscode: 500",
                "25 Warning Unhealthy spec.containers{app}: Liveness probe failed: HTTP probe failed with"
                        + " statuscode: 500",
                "25 Normal Killing spec.containers{app}: Container app failed liveness probe, will be restarted"),
                events.stream().filter(e -> e.contains("Unhealthy") || e.contains("Killing")).toList());
    }

    @Test
    void aJobPodSucceedsAfterTheDefaultDuration() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "job-pod.yaml");
        scenario.at(9);
        assertEquals("Running", scenario.pod("pi-x7k2p").getStatus().getPhase());
        scenario.at(10);
        Pod pod = scenario.pod("pi-x7k2p");
        assertEquals("Succeeded", pod.getStatus().getPhase());
        assertEquals("Completed", pod.getStatus().getContainerStatuses().get(0).getState().getTerminated()
                .getReason());
        assertEquals(List.of("PodReadyToStartContainers False 10", "Initialized True 0 PodCompleted",
                "Ready False 10 PodCompleted", "ContainersReady False 10 PodCompleted"), conditions(pod));
    }

    @Test
    void aPodThatDoesNotFitTheNodeIsRejected() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "out-of-cpu.yaml");
        assertEquals("Running", scenario.pod("big").getStatus().getPhase());
        Pod web = scenario.pod("web");
        assertEquals("Failed", web.getStatus().getPhase());
        assertEquals("OutOfcpu", web.getStatus().getReason());
        assertEquals("Pod was rejected: Node didn't have enough resource: cpu, requested: 500, used: 3800, "
                + "capacity: 4000", web.getStatus().getMessage());
        assertEquals("0 Warning OutOfcpu : Node didn't have enough resource: cpu, requested: 500, used: 3800, "
                + "capacity: 4000", scenario.events().getLast());
    }

    @Test
    void gracefulDeletionRunsPreStopWithinTheGracePeriod() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "prestop.yaml");
        scenario.at(100);
        scenario.cluster.store().delete(CoreV1Package.Literals.POD, "default", "web");
        scenario.cluster.settle();
        Pod deleting = scenario.pod("web");
        assertEquals("2026-01-01T00:02:10Z", deleting.getMetadata().getDeletionTimestamp().toString());
        assertEquals(30L, deleting.getMetadata().getDeletionGracePeriodSeconds());
        scenario.at(105);
        assertEquals(143, scenario.container("web", "app").getState().getTerminated().getExitCode());
        assertEquals("2026-01-01T00:00:00Z", scenario.container("web", "slow").getState().getRunning()
                .getStartedAt().toString());
        scenario.at(129);
        assertEquals("Running", scenario.pod("web").getStatus().getPhase());
        scenario.at(130);
        assertThrows(ApiException.class, () -> scenario.pod("web"));
        assertEquals(List.of("100 Normal Killing spec.containers{app}: Stopping container app",
                "100 Normal Killing spec.containers{slow}: Stopping container slow"),
                scenario.events().stream().filter(e -> e.contains("Killing")).toList());
    }

    @Test
    void twoRunsGiveTheSameIPsAndEvents() {
        KubeletScenario first = new KubeletScenario("node.yaml", "out-of-cpu.yaml", "job-pod.yaml");
        KubeletScenario second = new KubeletScenario("node.yaml", "out-of-cpu.yaml", "job-pod.yaml");
        first.at(100);
        second.at(100);
        assertEquals("10.244.0.2", first.pod("big").getStatus().getPodIP());
        assertEquals("10.244.0.3", first.pod("pi-x7k2p").getStatus().getPodIP());
        assertEquals("172.18.0.2", first.pod("pi-x7k2p").getStatus().getHostIP());
        assertEquals(first.events(), second.events());
        assertEquals(first.pod("pi-x7k2p").getMetadata().getUid(), second.pod("pi-x7k2p").getMetadata().getUid());
    }

    private static List<String> conditions(Pod pod) {
        return pod.getStatus().getConditions().stream().map(PodLifecycleTest::describe).toList();
    }

    private static String describe(PodCondition condition) {
        String text = condition.getType() + " " + condition.getStatus() + " "
                + KubeletScenario.seconds(condition.getLastTransitionTime().toInstant());
        text += condition.getReason() == null ? "" : " " + condition.getReason();
        return condition.getMessage() == null
                ? text.replace(" ContainersNotReady", "")
                : text.replace(" ContainersNotReady", "") + " " + condition.getMessage();
    }
}
