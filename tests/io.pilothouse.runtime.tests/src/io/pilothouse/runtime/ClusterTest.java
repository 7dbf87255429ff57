package io.pilothouse.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.runtime.controllers.Controller;
import io.pilothouse.runtime.controllers.ControllerContext;

class ClusterTest {

    /** A controller with a fixed amount of work that logs each turn it takes. */
    private static final class Counting implements Controller {

        private final String name;
        private final List<String> log;
        private int work;
        private ControllerContext context;

        Counting(String name, int work, List<String> log) {
            this.name = name;
            this.work = work;
            this.log = log;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start(ControllerContext controllerContext) {
            this.context = controllerContext;
        }

        @Override
        public boolean processNext() {
            if (work == 0) {
                return false;
            }
            work--;
            log.add(name + "@" + context.clock().now());
            return true;
        }

        void give(int more) {
            work += more;
        }
    }

    @Test
    void settleRunsControllersRoundRobinInRegistrationOrderUntilQuiet() {
        List<String> log = new ArrayList<>();
        Cluster cluster = new Cluster();
        cluster.add(new Counting("a", 3, log));
        cluster.add(new Counting("b", 1, log));
        cluster.add(new Counting("c", 2, log));
        cluster.settle();
        String at = "@2026-01-01T00:00:00Z";
        assertEquals(List.of("a" + at, "b" + at, "c" + at, "a" + at, "c" + at, "a" + at), log);
    }

    @Test
    void advanceFiresTimersInOrderAndSettlesAtEachInstant() {
        List<String> log = new ArrayList<>();
        Cluster cluster = new Cluster();
        Counting controller = new Counting("a", 0, log);
        cluster.add(controller);
        cluster.clock().scheduleAfter(Duration.ofSeconds(20), () -> controller.give(1));
        cluster.clock().scheduleAfter(Duration.ofSeconds(5), () -> controller.give(2));
        cluster.clock().scheduleAfter(Duration.ofSeconds(5), () -> log.add("timer@" + cluster.clock().now()));
        cluster.clock().scheduleAfter(Duration.ofSeconds(90), () -> controller.give(1));
        cluster.advance(Duration.ofMinutes(1));
        assertEquals(List.of("timer@2026-01-01T00:00:05Z", "a@2026-01-01T00:00:05Z", "a@2026-01-01T00:00:05Z",
                "a@2026-01-01T00:00:20Z"), log);
        assertEquals("2026-01-01T00:01:00Z", cluster.clock().now().toString());
    }

    @Test
    void aControllerThatNeverSettlesIsReported() {
        Cluster cluster = new Cluster();
        cluster.add(new Counting("busy", Integer.MAX_VALUE, new ArrayList<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean add(String entry) {
                return true;
            }
        }));
        IllegalStateException error = assertThrows(IllegalStateException.class, cluster::settle);
        assertTrue(error.getMessage().startsWith("the cluster did not settle at 2026-01-01T00:00:00Z"),
                error.getMessage());
    }
}
