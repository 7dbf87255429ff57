package io.pilothouse.benchmarks.lang;

import com.google.inject.Injector;
import io.pilothouse.lang.ManifestStandaloneSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heap a 10,000-line project keeps once parsed, linked, indexed and validated: the resource set with its node
 * model, the bound Kubernetes objects and the index, measured as the used heap after a full GC minus the used heap
 * before loading. Reported as the {@code retainedMegabytes} counter. Target: under 50 MB.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ManifestMemoryBenchmark {

    /** The measured figure. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        public double retainedMegabytes;
    }

    /** The language, set up once. */
    @State(Scope.Benchmark)
    public static class Language {
        Injector injector;
        String text;

        @Setup(Level.Trial)
        public void setUp() {
            injector = new ManifestStandaloneSetup().createInjectorAndDoEMFRegistration();
            text = LargeManifest.build(10_000);
        }
    }

    @Benchmark
    public XtextResourceSet loadValidateAndMeasure(Language language, Footprint footprint) throws IOException {
        long before = usedAfterGc();
        XtextResourceSet resourceSet = language.injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/bench/big.yaml"));
        resource.load(new ByteArrayInputStream(language.text.getBytes(StandardCharsets.UTF_8)), null);
        language.injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
        footprint.retainedMegabytes = (usedAfterGc() - before) / (1024.0 * 1024.0);
        return resourceSet;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
