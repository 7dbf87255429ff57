package io.pilothouse.benchmarks.lang;

import com.google.inject.Injector;
import io.pilothouse.lang.ide.ManifestIdeSetup;
import io.pilothouse.lang.ide.contentassist.ManifestProposals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
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

/**
 * The editor's work on a 5,000-line manifest file (about 200 documents): a full parse and validation (the model's
 * every rule family included), the re-parse and re-validation after a one-character edit, and content assist at
 * the start of a pod spec's key list. Targets: 300 ms, 100 ms and 50 ms, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ManifestEditingBenchmark {

    private Injector injector;
    private IResourceValidator validator;
    private ManifestProposals proposals;
    private String text;
    private XtextResource edited;
    private int editOffset;
    private int completionOffset;
    private boolean toggle;

    @Setup
    public void setUp() throws IOException {
        injector = new ManifestIdeSetup().createInjectorAndDoEMFRegistration();
        proposals = injector.getInstance(ManifestProposals.class);
        validator = injector.getInstance(IResourceValidator.class);
        text = LargeManifest.build(5_000);
        edited = load(text);
        editOffset = text.indexOf("image: ") + "image: ".length();
        completionOffset = text.lastIndexOf("  containers:");
    }

    @Benchmark
    public List<Issue> parseAndValidate() throws IOException {
        return validate(load(text));
    }

    @Benchmark
    public List<Issue> revalidateAfterOneCharacterEdit() {
        toggle = !toggle;
        edited.update(editOffset, 1, toggle ? "X" : text.substring(editOffset, editOffset + 1));
        return validate(edited);
    }

    @Benchmark
    public List<ContentAssistEntry> completeKeysOfAPodSpec() {
        return proposals.proposals(edited, edited.getParseResult().getRootNode().getText(), completionOffset);
    }

    private List<Issue> validate(XtextResource resource) {
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private XtextResource load(String content) throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/bench/large.yaml"));
        resource.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), null);
        return resource;
    }
}
