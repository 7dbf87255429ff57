package io.pilothouse.runtime.scheduler.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.PersistentVolume;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.PodCondition;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.scheduler.Scheduler;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;

/** The volume plugins in the default profile, end to end through the scheduler. */
class VolumeSchedulingScenarioTest {

    private final Cluster cluster = new Cluster();

    VolumeSchedulingScenarioTest() {
        cluster.add(new Scheduler());
        for (EObject object : SchedulerTestObjects.fixture("volumes/zonal-volumes.yaml")) {
            cluster.store().create(object);
            if (object instanceof Node node) {
                cluster.store().updateStatus(node);
            }
        }
        cluster.settle();
    }

    private Pod pod(String name) {
        return cluster.store().get(CoreV1Factory.eINSTANCE.createPod().eClass(), "default", name);
    }

    private String podScheduled(String name) {
        for (PodCondition condition : pod(name).getStatus().getConditions()) {
            if ("PodScheduled".equals(condition.getType())) {
                return condition.getStatus() + " " + condition.getReason() + ": " + condition.getMessage();
            }
        }
        return "";
    }

    @Test
    void waitForFirstConsumerClaimLandsInTheZoneOfItsVolume() {
        assertEquals("node-b", pod("web-0").getSpec().getNodeName());
        PersistentVolumeClaim claim = cluster.store().get(
                CoreV1Factory.eINSTANCE.createPersistentVolumeClaim().eClass(), "default", "data-web-0");
        assertEquals("pv-zone-b", claim.getSpec().getVolumeName());
        assertEquals("Bound", claim.getStatus().getPhase());
        PersistentVolume volume = cluster.store().get(CoreV1Factory.eINSTANCE.createPersistentVolume().eClass(), null,
                "pv-zone-b");
        assertEquals("data-web-0", volume.getSpec().getClaimRef().getName());
    }

    @Test
    void boundVolumeInAnotherZoneKeepsThePodPending() {
        assertEquals("", pod("stuck").getSpec().getNodeName() == null ? "" : pod("stuck").getSpec().getNodeName());
        assertEquals("False Unschedulable: 0/2 nodes are available: 2 node(s) had volume node affinity conflict."
                + " no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful"
                + " for scheduling.",
                podScheduled("stuck"));
    }

    @Test
    void missingClaimIsReportedForThePod() {
        // As upstream: VolumeBinding's PreFilter rejects before DynamicResources' PreFilter ran, so its PostFilter
        // finds no cycle state and fails with "not found", which ends the PostFilter phase before preemption.
        assertEquals("False Unschedulable: 0/2 nodes are available: persistentvolumeclaim \"missing\" not found."
                + " not found", podScheduled("orphan"));
    }
}
