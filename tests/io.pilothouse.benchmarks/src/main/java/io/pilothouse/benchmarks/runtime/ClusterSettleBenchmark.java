package io.pilothouse.benchmarks.runtime;

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
 * DEPLOYMENTS Deployments of REPLICAS pods each applied to a preview of NODES settled nodes (the standard
 * controllers, scheduler and kubelet), and the cluster settled: every pod created, scheduled, started and Ready,
 * every status written. One operation is one whole run; each starts from a fresh cluster made at setup (not
 * measured). Target: 1,000 × 10 pods on 500 nodes under 5 s, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ClusterSettleBenchmark {

    @Param("1000")
    private int deployments;

    @Param("10")
    private int replicas;

    @Param("500")
    private int nodes;

    private List<EObject> workload;
    private PreviewCluster preview;

    @Setup(Level.Trial)
    public void makeWorkload() {
        workload = ClusterScenarios.deployments(deployments, replicas);
    }

    @Setup(Level.Iteration)
    public void makeCluster() {
        preview = ClusterScenarios.withNodes(nodes);
    }

    @Benchmark
    public PreviewCluster applyAndSettle() {
        ClusterScenarios.checkApplied(preview.apply(workload));
        preview.settle();
        return preview;
    }

    @TearDown(Level.Iteration)
    public void check() {
        ClusterScenarios.checkRunning(preview, deployments * replicas, ClusterScenarios.IMAGE);
        preview = null;
    }
}
