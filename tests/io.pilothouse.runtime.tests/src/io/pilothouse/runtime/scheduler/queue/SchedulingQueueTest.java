package io.pilothouse.runtime.scheduler.queue;

import static io.pilothouse.runtime.scheduler.SchedulerTestObjects.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.api.VirtualClock;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent;
import io.pilothouse.runtime.scheduler.framework.ClusterEvent.EventResource;
import io.pilothouse.runtime.scheduler.framework.Framework;
import io.pilothouse.runtime.scheduler.framework.PodInfo;
import io.pilothouse.runtime.scheduler.framework.Status;
import io.pilothouse.runtime.scheduler.plugins.DefaultBinder;
import io.pilothouse.runtime.scheduler.plugins.NodeAffinity;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFit;
import io.pilothouse.runtime.scheduler.plugins.NodeResourcesFitArgs;
import io.pilothouse.runtime.scheduler.plugins.PrioritySort;
import io.pilothouse.runtime.scheduler.plugins.SchedulingGates;

class SchedulingQueueTest {

    private final VirtualClock clock = new VirtualClock();
    private final Framework framework = new Framework("default-scheduler", 0,
            List.of(new SchedulingGates(), new PrioritySort(), new NodeAffinity(),
                    new NodeResourcesFit(NodeResourcesFitArgs.DEFAULT), new DefaultBinder((p, n) -> Status.SUCCESS)),
            List.of(1, 1, 2, 1, 1));
    private final SchedulingQueue queue = new SchedulingQueue(clock, framework);

    private static PodInfo podWith(String name, String spec) {
        return PodInfo.of(pod(name, spec + "  containers: [{name: c}]\n"));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,4", "4,8", "5,10", "9,10"})
    void backoffDoublesUpToTenSeconds(int attempts, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), SchedulingQueue.backoffDuration(attempts));
    }

    @Test
    void activeQueueOrdersByPriorityThenQueueTime() {
        queue.add(podWith("low", "  priority: 1\n"), framework);
        clock.advance(Duration.ofSeconds(1));
        queue.add(podWith("high-late", "  priority: 10\n"), framework);
        queue.add(podWith("low-late", "  priority: 1\n"), framework);
        queue.add(podWith("high-later", "  priority: 10\n"), framework);
        assertEquals("default/high-late", queue.pop().podInfo().key());
        assertEquals("default/high-later", queue.pop().podInfo().key());
        assertEquals("default/low", queue.pop().podInfo().key());
        assertEquals("default/low-late", queue.pop().podInfo().key());
        assertNull(queue.pop());
    }

    @Test
    void onlyEventsTheRejectingPluginsRegisteredMoveAPod() {
        queue.add(podWith("p", ""), framework);
        QueuedPodInfo popped = queue.pop();
        queue.addUnschedulable(popped, Set.of(NodeAffinity.NAME));
        queue.onClusterEvent(new ClusterEvent(EventResource.NODE, ClusterEvent.UPDATE_NODE_ALLOCATABLE));
        assertEquals("unschedulablePods", queue.placeOf("default/p"));
        queue.onClusterEvent(new ClusterEvent(EventResource.NODE, ClusterEvent.UPDATE_NODE_LABEL));
        assertEquals("backoffQ", queue.placeOf("default/p"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("activeQ", queue.placeOf("default/p"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an assigned pod deleted (a victim with grace period 0)|ASSIGNED_POD|" + ClusterEvent.DELETE
                    + "|backoffQ",
            "an event the rejecting plugin did not register|NODE|" + ClusterEvent.UPDATE_NODE_LABEL
                    + "|unschedulablePods"})
    void eventsReceivedDuringTheAttemptRequeueThePod(String name, EventResource resource, int actions,
            String place) {
        queue.add(podWith("p", ""), framework);
        QueuedPodInfo popped = queue.pop();
        queue.onClusterEvent(new ClusterEvent(resource, actions));
        queue.addUnschedulable(popped, Set.of(NodeResourcesFit.NAME));
        assertEquals(place, queue.placeOf("default/p"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(place.equals("backoffQ") ? "activeQ" : place, queue.placeOf("default/p"));
    }

    @Test
    void eventsBeforeTheAttemptDoNotRequeueThePod() {
        queue.add(podWith("p", ""), framework);
        QueuedPodInfo popped = queue.pop();
        queue.onClusterEvent(new ClusterEvent(EventResource.ASSIGNED_POD, ClusterEvent.DELETE));
        queue.addUnschedulable(popped, Set.of(NodeResourcesFit.NAME));
        queue.onClusterEvent(new ClusterEvent(EventResource.NODE, ClusterEvent.UPDATE_NODE_LABEL));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("activeQ", queue.placeOf("default/p"));
        queue.addUnschedulable(queue.pop(), Set.of(NodeResourcesFit.NAME));
        assertEquals("unschedulablePods", queue.placeOf("default/p"), "the delete belonged to the first attempt");
    }

    @Test
    void errorsGoToBackoff() {
        queue.add(podWith("p", ""), framework);
        QueuedPodInfo popped = queue.pop();
        queue.addUnschedulable(popped, Set.of());
        assertEquals("backoffQ", queue.placeOf("default/p"));
        clock.advance(Duration.ofMillis(999));
        assertEquals("backoffQ", queue.placeOf("default/p"));
        clock.advance(Duration.ofMillis(1));
        assertEquals("activeQ", queue.placeOf("default/p"));
        queue.addUnschedulable(queue.pop(), Set.of());
        clock.advance(Duration.ofMillis(1999));
        assertEquals("backoffQ", queue.placeOf("default/p"), "2 s after the second attempt");
    }

    @Test
    void flushMovesPodsLeftLongerThanFiveMinutesAtTheNextThirtySecondTick() {
        clock.advance(Duration.ofSeconds(10));
        queue.add(podWith("p", ""), framework);
        queue.addUnschedulable(queue.pop(), Set.of(NodeAffinity.NAME));
        clock.advance(Duration.ofMinutes(5).plusSeconds(19));
        assertEquals("unschedulablePods", queue.placeOf("default/p"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("activeQ", queue.placeOf("default/p"), "flushed at the tick of 5 min 30 s");
    }

    @Test
    void gatedPodsWaitUntilTheirGatesAreRemoved() {
        queue.add(podWith("p", "  schedulingGates: [{name: a}]\n"), framework);
        assertEquals("gated", queue.placeOf("default/p"));
        queue.onClusterEvent(new ClusterEvent(EventResource.NODE, ClusterEvent.ADD));
        assertEquals("gated", queue.placeOf("default/p"));
        queue.update(podWith("p", ""), ClusterEvent.UPDATE_POD_SCHEDULING_GATES_ELIMINATED);
        assertEquals("activeQ", queue.placeOf("default/p"));
    }
}
