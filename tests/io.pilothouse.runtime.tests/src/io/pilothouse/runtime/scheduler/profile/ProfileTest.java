package io.pilothouse.runtime.scheduler.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;

class ProfileTest {

    private static final PluginRegistry.Context CONTEXT = new PluginRegistry.Context(new Handle() {
        @Override
        public Snapshot snapshot() {
            return new Snapshot();
        }

        @Override
        public WaitingPod waitingPod(String podKey) {
            return null;
        }
    }, (pod, node) -> Status.SUCCESS);

    @Test
    void defaultProfileHasUpstreamOrderAndWeights() {
        Profile profile = Profile.defaultProfile();
        assertEquals("default-scheduler", profile.schedulerName());
        assertEquals(List.of("SchedulingGates:1", "PrioritySort:1", "NodeUnschedulable:1", "NodeName:1",
                "TaintToleration:3", "NodeAffinity:2", "NodePorts:1", "NodeResourcesFit:1", "PodTopologySpread:2",
                "InterPodAffinity:2", "NodeResourcesBalancedAllocation:1", "ImageLocality:1", "DefaultBinder:1"),
                profile.plugins().stream().map(p -> p.name() + ":" + p.weight()).toList());
        var framework = PluginRegistry.inTree().framework(profile, CONTEXT);
        assertEquals(List.of("NodeUnschedulable", "NodeName", "TaintToleration", "NodeAffinity", "NodePorts",
                "NodeResourcesFit", "PodTopologySpread", "InterPodAffinity"), framework.filterPluginNames());
        assertEquals(List.of("TaintToleration", "NodeAffinity", "NodeResourcesFit", "PodTopologySpread",
                "InterPodAffinity", "NodeResourcesBalancedAllocation", "ImageLocality"),
                framework.scorePlugins().stream().map(p -> p.name()).toList());
    }

    @Test
    void pluginsCanBeRemovedAndPercentageSet() {
        Profile profile = Profile.defaultProfile().without("ImageLocality").withPercentageOfNodesToScore(30);
        var framework = PluginRegistry.inTree().framework(profile, CONTEXT);
        assertEquals(6, framework.scorePlugins().size());
        assertEquals(30, framework.percentageOfNodesToScore());
        assertThrows(IllegalArgumentException.class, () -> Profile.defaultProfile().withPercentageOfNodesToScore(101));
    }

    @Test
    void unknownPluginsAndMissingQueueSortAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PluginRegistry.inTree()
                .framework(Profile.defaultProfile().with(PluginConfig.of("VolumeBinding")), CONTEXT));
        assertThrows(IllegalArgumentException.class, () -> PluginRegistry.inTree()
                .framework(Profile.defaultProfile().without("PrioritySort"), CONTEXT));
    }
}
