package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.runtime.scheduler.framework.Code;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.PermitPlugin;
import io.pilothouse.runtime.scheduler.framework.PermitResult;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.profile.PluginConfig;
import io.pilothouse.runtime.scheduler.profile.PluginRegistry;
import io.pilothouse.runtime.scheduler.profile.Profile;

/** Permit's Wait in virtual time: allowed by a plugin, or rejected when the timeout passes. */
class PermitScenarioTest {

    /** Holds every pod for 10 s. */
    private static final class HoldTenSeconds implements PermitPlugin {

        @Override
        public String name() {
            return "HoldTenSeconds";
        }

        @Override
        public PermitResult permit(CycleState state, PodInfo pod, String nodeName) {
            return new PermitResult(Status.of(Code.WAIT), Duration.ofSeconds(10));
        }
    }

    private static Scenario scenario() {
        PluginRegistry registry = PluginRegistry.inTree();
        registry.register("HoldTenSeconds", (args, context) -> new HoldTenSeconds());
        Scenario scenario = new Scenario(new Scheduler(
                List.of(Profile.defaultProfile().with(PluginConfig.of("HoldTenSeconds"))), registry));
        scenario.create(SchedulerTestObjects.nodeWith("node-1", "1", "1Gi", 110));
        scenario.create(SchedulerTestObjects.podRequesting("held", "cpu: 100m"));
        scenario.cluster.settle();
        return scenario;
    }

    @Test
    void allowedPodsBind() {
        Scenario scenario = scenario();
        assertEquals("", scenario.nodeName("held"));
        scenario.scheduler.waitingPod("default/held").allow("HoldTenSeconds");
        scenario.cluster.settle();
        assertEquals("node-1", scenario.nodeName("held"));
    }

    @Test
    void timeoutRejects() {
        Scenario scenario = scenario();
        scenario.cluster.advance(Duration.ofSeconds(10));
        String message = "0/1 nodes are available: 1 rejected due to timeout after waiting 10s at plugin "
                + "HoldTenSeconds.";
        assertEquals("False Unschedulable: " + message, scenario.podScheduled("held"));
        assertEquals(List.of("Warning FailedScheduling held: " + message), scenario.events());
    }
}
