package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Node;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;

/**
 * Pods rejected for a missing PersistentVolumeClaim or ResourceClaim are queued again as soon as the object they wait
 * for is created, not after the 5-minute flush; objects no pending pod uses leave them in the pool.
 */
class RequeueScenarioTest {

    private final Cluster cluster = new Cluster();
    private final Scheduler scheduler = new Scheduler();

    @BeforeEach
    void podsWaitInThePool() {
        cluster.add(scheduler);
        create("requeue/waiting-pods.yaml");
        cluster.settle();
        cluster.advance(Duration.ofSeconds(30));
    }

    private void create(String fixture) {
        for (EObject object : SchedulerTestObjects.fixture(fixture)) {
            cluster.store().create(object);
            if (object instanceof Node node) {
                cluster.store().updateStatus(node);
            }
        }
    }

    private String nodeOf(String pod) {
        Pod stored = cluster.store().get(CoreV1Factory.eINSTANCE.createPod().eClass(), "default", pod);
        String nodeName = stored.getSpec().getNodeName();
        return nodeName == null ? "" : nodeName;
    }

    @ParameterizedTest
    @CsvSource({
            "db, requeue/claim-and-volume.yaml, unschedulablePods",
            "trainer, requeue/resource-claim.yaml, gated",
    })
    void podIsScheduledWithinASecondOfTheObjectItWaitsFor(String pod, String fixture, String place) {
        assertEquals(place, scheduler.queuePlaceOf("default/" + pod));
        create(fixture);
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("node-a", nodeOf(pod));
    }

    @Test
    void claimsNoPodUsesLeaveThePodsInThePool() {
        create("requeue/unrelated-claims.yaml");
        cluster.advance(Duration.ofSeconds(1));
        assertEquals("unschedulablePods", scheduler.queuePlaceOf("default/db"));
        assertEquals("gated", scheduler.queuePlaceOf("default/trainer"));
        assertEquals("", nodeOf("db") + nodeOf("trainer"));
    }
}
