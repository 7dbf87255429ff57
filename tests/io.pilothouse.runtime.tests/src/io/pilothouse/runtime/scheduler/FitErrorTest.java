package io.pilothouse.runtime.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.runtime.scheduler.framework.Status;

/** The FailedScheduling message, as upstream's FitError.Error(), and the node search size. */
class FitErrorTest {

    @Test
    void histogramCountsReasonsPerNodeAndSortsAsStrings() {
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            statuses.put("taint-" + i, Status.unresolvable("node(s) had untolerated taint(s)"));
        }
        statuses.put("small-1", Status.unschedulable("Insufficient cpu", "Insufficient memory"));
        statuses.put("small-2", Status.unschedulable("Insufficient cpu"));
        assertEquals("0/12 nodes are available: 1 Insufficient memory, "
                + "10 node(s) had untolerated taint(s), 2 Insufficient cpu.",
                new FitError(12, "", List.copyOf(statuses.values()), null, "").message());
    }

    @Test
    void preFilterMessageReplacesTheHistogram() {
        Status conflict = Status.unresolvable("pod affinity terms conflict");
        assertEquals("0/3 nodes are available: pod affinity terms conflict.",
                new FitError(3, conflict.message(), List.of(), conflict, "").message());
    }

    @Test
    void nodesLeftOutByPreFilterCountWithTheAbsentStatus() {
        List<Status> statuses = List.of(Status.unresolvable("node(s) didn't match Pod's node affinity/selector"));
        assertEquals("0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, "
                + "2 node(s) didn't satisfy plugin(s) [NodeAffinity].",
                new FitError(3, "", statuses, Status.unresolvable("node(s) didn't satisfy plugin(s) [NodeAffinity]"),
                        "").message());
    }

    @Test
    void postFilterMessageIsAppended() {
        List<Status> statuses = List.of(Status.unschedulable("Insufficient cpu"));
        assertEquals("0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: "
                + "1 No preemption victims found for incoming pod.",
                new FitError(1, "", statuses, null, "").withPostFilterMsg("preemption: 0/1 nodes are available: "
                        + "1 No preemption victims found for incoming pod.").message());
    }

    @ParameterizedTest
    @CsvSource({"0,10,10", "0,99,99", "0,100,100", "0,200,100", "0,1000,420", "0,5000,500", "0,6000,300",
            "10,1000,100", "50,1000,500", "100,5000,5000"})
    void numFeasibleNodesToFind(int percentage, int nodes, int expected) {
        assertEquals(expected, SchedulingAlgorithm.numFeasibleNodesToFind(percentage, nodes));
    }

    @ParameterizedTest
    @CsvSource({"0,0s", "10000,10s", "90000,1m30s", "1500,1.5s", "3600000,1h0m0s", "500,500ms"})
    void goDurations(long millis, String expected) {
        assertEquals(expected, GoDurations.format(Duration.ofMillis(millis)));
    }
}
