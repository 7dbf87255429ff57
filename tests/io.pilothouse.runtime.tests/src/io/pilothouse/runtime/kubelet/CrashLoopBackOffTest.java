package io.pilothouse.runtime.kubelet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.ContainerStatus;
import io.pilothouse.model.k8s.core.v1.Pod;

/** The acceptance scenario: a container exiting 1 after 5 s restarts 10, 20, 40, 80, 160, 300, 300 s later. */
class CrashLoopBackOffTest {

    /** {exit instant, back-off seconds, back-off text}: each restart comes back-off seconds after the exit. */
    private static final Object[][] CYCLES = {
            {5, 10, "10s"}, {20, 20, "20s"}, {45, 40, "40s"}, {90, 80, "1m20s"}, {175, 160, "2m40s"},
            {340, 300, "5m0s"}, {645, 300, "5m0s"}};

    @Test
    void restartsAfterDoublingBackOffsCappedAtFiveMinutes() {
        KubeletScenario scenario = new KubeletScenario("node.yaml", "crashloop.yaml");
        Pod pod = scenario.pod("web");
        String formatted = "web_default(" + pod.getMetadata().getUid() + ")";
        assertEquals("Running", pod.getStatus().getPhase());
        assertEquals("2026-01-01T00:00:00Z", scenario.container("web", "app").getState().getRunning()
                .getStartedAt().toString());
        for (int restart = 0; restart < CYCLES.length; restart++) {
            long exit = ((Integer) CYCLES[restart][0]).longValue();
            long backOff = ((Integer) CYCLES[restart][1]).longValue();
            scenario.at(exit);
            ContainerStatus waiting = scenario.container("web", "app");
            assertEquals("CrashLoopBackOff", waiting.getState().getWaiting().getReason(), "at " + exit);
            assertEquals("back-off " + CYCLES[restart][2] + " restarting failed container=app pod=" + formatted,
                    waiting.getState().getWaiting().getMessage());
            assertEquals(restart, waiting.getRestartCount());
            assertEquals(1, waiting.getLastState().getTerminated().getExitCode());
            assertEquals("Error", waiting.getLastState().getTerminated().getReason());
            assertEquals(KubeletScenario.instant(exit), waiting.getLastState().getTerminated().getFinishedAt()
                    .toInstant());
            assertEquals(false, waiting.getReady());
            assertEquals("Running", scenario.pod("web").getStatus().getPhase());
            scenario.at(exit + backOff - 1);
            assertEquals("CrashLoopBackOff", scenario.container("web", "app").getState().getWaiting().getReason());
            scenario.at(exit + backOff);
            ContainerStatus running = scenario.container("web", "app");
            assertEquals(KubeletScenario.instant(exit + backOff), running.getState().getRunning().getStartedAt()
                    .toInstant(), "restart " + (restart + 1));
            assertEquals(restart + 1, running.getRestartCount());
        }
        assertEquals("945 Warning BackOff spec.containers{app}: Back-off restarting failed container app in pod "
                + formatted,
                scenario.events().stream().filter(e -> e.contains("BackOff")).reduce((a, b) -> b)
                        .map(e -> e.replaceFirst("^\\d+", "945")).orElseThrow());
    }
}
