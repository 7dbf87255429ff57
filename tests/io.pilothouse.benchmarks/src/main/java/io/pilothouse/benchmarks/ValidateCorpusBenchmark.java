package io.pilothouse.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.pilothouse.benchmarks.ManifestCorpus.Source;
import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ParallelLoader;
import io.pilothouse.model.validation.ValidationOptions;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.Validator;

/**
 * {@code pilothouse validate -n WORKERS} over the manifest corpus replicated to at least RESOURCES resources: reading
 * and binding alone ({@code load}), and reading plus every validation family ({@code validate}), both on WORKERS
 * threads. One operation is the whole set; resources per second = resources / (ms per operation / 1000). The set's
 * size is printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ValidateCorpusBenchmark {

    @Param("20000")
    private int resources;

    @Param("2")
    private int workers;

    private List<Source> files;
    private ParallelLoader loader;
    private Validator validator;

    @Setup
    public void setUp() {
        ManifestCorpus corpus = ManifestCorpus.replicate(resources);
        files = corpus.files();
        loader = new ParallelLoader(KindRegistry.builtIn(), workers);
        validator = Validator.builder().options(ValidationOptions.DEFAULTS).addDefaults().workers(workers).build();
        System.out.printf("%n%d resources in %d files%n", corpus.resources(), files.size());
    }

    @Benchmark
    public List<LoadResult> load() {
        return loader.load(files, (manifests, file) -> manifests.loadText(file.text(), file.name()), null);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(load());
    }
}
