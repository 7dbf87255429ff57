package io.pilothouse.benchmarks.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
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

import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The memory target: DEPLOYMENTS Deployments of 10 pods (100,000 pods by default) settled on NODES nodes in a JVM
 * limited to a 2 GB heap ({@code -Xmx2g}; the run fails with an OutOfMemoryError when the cluster does not fit). After
 * the run the heap still in use once a full GC has run is printed as {@code retained heap after settle}: the store,
 * the informer caches, the scheduler's snapshot and the kubelet's pod workers, plus the loaded model packages. One
 * run, no warm-up: the figure is the heap, the time only says how long the run took.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ClusterMemoryBenchmark {

    @Param("10000")
    private int deployments;

    @Param("1000")
    private int nodes;

    private List<EObject> workload;
    private PreviewCluster preview;

    @Setup(Level.Iteration)
    public void makeCluster() {
        workload = ClusterScenarios.deployments(deployments, 10);
        preview = ClusterScenarios.withNodes(nodes);
    }

    @Benchmark
    public PreviewCluster applyAndSettle() {
        ClusterScenarios.checkApplied(preview.apply(workload));
        workload = null;
        preview.settle();
        return preview;
    }

    @TearDown(Level.Iteration)
    public void measure() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("%nretained heap after settle: %d MB of %d MB max (%d pods on %d nodes)%n",
                heap.getUsed() >> 20, heap.getMax() >> 20, deployments * 10, nodes);
        ClusterScenarios.checkRunning(preview, deployments * 10, ClusterScenarios.IMAGE);
        preview = null;
    }
}
