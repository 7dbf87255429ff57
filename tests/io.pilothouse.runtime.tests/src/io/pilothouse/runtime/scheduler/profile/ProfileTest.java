package io.pilothouse.runtime.scheduler.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.api.ObjectStore;
import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.CycleState;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.Handle;
import io.pilothouse.runtime.scheduler.framework.NodeInfo;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Snapshot;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.framework.WaitingPod;
import io.pilothouse.runtime.scheduler.plugins.defaultpreemption.PreemptionHandle;

class ProfileTest {

    /** A handle of a scheduler that can preempt, as the default profile's DefaultPreemption needs. */
    private static final PreemptionHandle HANDLE = new PreemptionHandle() {
        @Override
        public Snapshot snapshot() {
            return new Snapshot();
        }

        @Override
        public WaitingPod waitingPod(String podKey) {
            return null;
        }

        @Override
        public Status runFilterWithNominatedPods(CycleState state, PodInfo pod, NodeInfo node) {
            return Status.SUCCESS;
        }

        @Override
        public Framework framework(PodInfo pod) {
            throw new UnsupportedOperationException("no dry runs while building profiles");
        }

        @Override
        public List<PodInfo> nominatedPods(String nodeName) {
            return List.of();
        }

        @Override
        public ObjectStore store() {
            return new ObjectStore(new VirtualClock());
        }

        @Override
        public void recordEvent(Pod regarding, String type, String reason, String action, String note,
                String reportingController) {
            throw new UnsupportedOperationException("no events while building profiles");
        }
    };
    private static final PluginRegistry.Context CONTEXT = new PluginRegistry.Context(HANDLE,
            (pod, node) -> Status.SUCCESS);

    @Test
    void defaultProfileHasUpstreamOrderAndWeights() {
        Profile profile = Profile.defaultProfile();
        assertEquals("default-scheduler", profile.schedulerName());
        assertEquals(List.of("SchedulingGates:1", "PrioritySort:1", "NodeUnschedulable:1", "NodeName:1",
                "TaintToleration:3", "NodeAffinity:2", "NodePorts:1", "NodeResourcesFit:1", "VolumeRestrictions:1",
                "NodeVolumeLimits:1", "VolumeBinding:1", "VolumeZone:1", "PodTopologySpread:2", "InterPodAffinity:2",
                "DynamicResources:1", "DefaultPreemption:1", "NodeResourcesBalancedAllocation:1", "ImageLocality:1",
                "DefaultBinder:1"),
                profile.plugins().stream().map(p -> p.name() + ":" + p.weight()).toList());
        var framework = PluginRegistry.inTree().framework(profile, CONTEXT);
        assertEquals(List.of("NodeUnschedulable", "NodeName", "TaintToleration", "NodeAffinity", "NodePorts",
                "NodeResourcesFit", "VolumeRestrictions", "NodeVolumeLimits", "VolumeBinding", "VolumeZone",
                "PodTopologySpread", "InterPodAffinity", "DynamicResources"), framework.filterPluginNames());
        assertEquals(List.of("TaintToleration", "NodeAffinity", "NodeResourcesFit", "PodTopologySpread",
                "InterPodAffinity", "NodeResourcesBalancedAllocation", "ImageLocality"),
                framework.scorePlugins().stream().map(p -> p.name()).toList());
        assertTrue(framework.hasPostFilterPlugins());
    }

    @Test
    void defaultPreemptionNeedsASchedulerThatCanPreempt() {
        Handle plain = new Handle() {
            @Override
            public Snapshot snapshot() {
                return new Snapshot();
            }

            @Override
            public WaitingPod waitingPod(String podKey) {
                return null;
            }
        };
        PluginRegistry.Context context = new PluginRegistry.Context(plain, (pod, node) -> Status.SUCCESS);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PluginRegistry.inTree().framework(Profile.defaultProfile(), context));
        assertEquals("plugin \"DefaultPreemption\" needs a scheduler that can preempt", error.getMessage());
        assertTrue(PluginRegistry.inTree().framework(Profile.defaultProfile().without("DefaultPreemption"), context)
                .hasPostFilterPlugins());
        assertFalse(PluginRegistry.inTree().framework(Profile.defaultProfile().without("DefaultPreemption")
                .without("DynamicResources"), context).hasPostFilterPlugins());
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
                .framework(Profile.defaultProfile().with(PluginConfig.of("GCEPDLimits")), CONTEXT));
        assertThrows(IllegalArgumentException.class, () -> PluginRegistry.inTree()
                .framework(Profile.defaultProfile().without("PrioritySort"), CONTEXT));
    }
}
