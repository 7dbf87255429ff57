package io.pilothouse.benchmarks.scheduler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.Cluster;
import io.pilothouse.runtime.scheduler.Scheduler;

/**
 * upstream's scheduler_perf in the simulated cluster: NODES nodes and the workload's initial pods, scheduled before
 * the measurement, then MEASUREPODS pods of the workload's measured template (0: the workload's own count, as
 * upstream's 5000Nodes workloads), created pending. One operation
 * schedules and binds them all with the default profile (scheduler and store only: no kubelet, no controllers),
 * advancing virtual time by 1 s steps while pods wait out a backoff (preemption). pods/s = MEASUREPODS / (ms per
 * operation / 1000); each iteration also prints it, the same from the benchmark thread's CPU time (a figure less
 * sensitive to other processes on the machine), and the heap in use after a full GC with every pod stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SchedulerPerfBenchmark {

    /** How far virtual time may advance while the measured pods wait, before the run is declared stuck. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(30);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"SchedulingBasic", "SchedulingPodAntiAffinity", "TopologySpreading", "PreemptionBasic"})
    private String workload;

    @Param("5000")
    private int nodes;

    @Param("0")
    private int measurePods;

    private Cluster cluster;
    private Scheduler scheduler;
    private int count;
    private List<String> measured;
    private long elapsedNanos;
    private long cpuNanos;

    @Setup(Level.Iteration)
    public void setUp() {
        SchedulerPerfWorkload spec = SchedulerPerfWorkload.named(workload);
        cluster = new Cluster();
        spec.createNodes(cluster.store(), nodes);
        SchedulerPerfWorkload.createPods(cluster.store(), spec.initTemplate(), SchedulerPerfWorkload.INIT_NAMESPACE,
                spec.initPods());
        scheduler = new Scheduler();
        cluster.add(scheduler);
        cluster.settle();
        count = measurePods > 0 ? measurePods : spec.measurePods();
        measured = SchedulerPerfWorkload.createPods(cluster.store(), spec.measureTemplate(),
                SchedulerPerfWorkload.MEASURE_NAMESPACE, count);
    }

    @Benchmark
    public int scheduleMeasuredPods() {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        cluster.settle();
        Duration waited = Duration.ZERO;
        while (pending() > 0) {
            if (waited.compareTo(MAX_WAIT) >= 0) {
                throw new IllegalStateException(pending() + " pods still pending after " + MAX_WAIT);
            }
            cluster.advance(Duration.ofSeconds(1));
            waited = waited.plusSeconds(1);
        }
        elapsedNanos = System.nanoTime() - start;
        cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return measured.size();
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        long bound = cluster.store().<Pod>list(CoreV1Factory.eINSTANCE.createPod().eClass(),
                SchedulerPerfWorkload.MEASURE_NAMESPACE, null).stream()
                .filter(pod -> pod.getSpec().getNodeName() != null).count();
        if (bound != count) {
            throw new IllegalStateException(bound + " of " + count + " measured pods bound");
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedMiB = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        System.out.printf("%n%s: %d pods in %d ms = %.0f pods/s (thread CPU time %d ms = %.0f pods/s);"
                + " heap in use after GC: %d MiB%n", workload, count, elapsedNanos / 1_000_000,
                count * 1e9 / elapsedNanos, cpuNanos / 1_000_000, count * 1e9 / cpuNanos, usedMiB);
    }

    private long pending() {
        return measured.stream().filter(key -> scheduler.queuePlaceOf(key) != null).count();
    }
}
