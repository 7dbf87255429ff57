package io.pilothouse.benchmarks.runtime;

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

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.runtime.api.patch.PatchType;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * A rolling update of one Deployment of REPLICAS pods on NODES nodes (the standard controllers, scheduler and
 * kubelet), run to completion: the container image changed by a merge patch, then virtual time advanced second by
 * second until the Deployment reports every replica updated and available and the old pods are gone (their 30 s
 * grace period runs on the virtual clock). Each operation starts from a fresh cluster with the Deployment settled,
 * made at setup (not measured). Target: 1,000 replicas under 2 s, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class RollingUpdateBenchmark {

    private static final String PATCH = """
            {"spec": {"template": {"spec": {"containers": [{"name": "web", "image": "%s"}]}}}}\
            """.formatted(ClusterScenarios.NEXT_IMAGE);

    @Param("1000")
    private int replicas;

    @Param("50")
    private int nodes;

    private PreviewCluster preview;

    @Setup(Level.Iteration)
    public void makeCluster() {
        preview = ClusterScenarios.withNodes(nodes);
        ClusterScenarios.checkApplied(preview.apply(ClusterScenarios.deployments(1, replicas)));
        preview.settle();
        ClusterScenarios.checkRunning(preview, replicas, ClusterScenarios.IMAGE);
    }

    @Benchmark
    public PreviewCluster rollOut() {
        preview.patch(AppsV1Package.Literals.DEPLOYMENT, "team-0", "web-0000", PatchType.JSON_MERGE, PATCH);
        ClusterScenarios.runUntilRolledOut(preview);
        return preview;
    }

    @TearDown(Level.Iteration)
    public void check() {
        ClusterScenarios.checkRunning(preview, replicas, ClusterScenarios.NEXT_IMAGE);
        preview = null;
    }
}
