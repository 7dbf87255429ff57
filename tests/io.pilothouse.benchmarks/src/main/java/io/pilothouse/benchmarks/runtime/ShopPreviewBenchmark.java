package io.pilothouse.benchmarks.runtime;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * {@code pilothouse preview examples/shop} without reading and printing: a new preview cluster (the standard
 * controllers, scheduler and kubelet), every manifest of the example applied through
 * {@link PreviewCluster#applyLoaded}, and the cluster settled. The manifests are read once at setup. Target: under
 * 200 ms per operation, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ShopPreviewBenchmark {

    private List<LoadResult> loaded;

    @Setup
    public void setUp() {
        loaded = ClusterScenarios.example("shop");
    }

    @Benchmark
    public PreviewCluster applyAndSettle() {
        PreviewCluster preview = new PreviewCluster();
        ClusterScenarios.checkApplied(preview.applyLoaded(loaded));
        preview.settle();
        return preview;
    }
}
