package io.pilothouse.model.validation.references;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.ManifestSet;
import io.pilothouse.model.validation.Reporter;
import io.pilothouse.model.validation.ResourceCheck;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.SetCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Test support for the reference, deprecation and lint checks: the generated model's {@link KindRegistry}, a
 * {@link ManifestSet} of loaded objects and a {@link Reporter} that records what the checks report.
 */
public final class CheckHarness {

    /** The repository root ({@code -Dpilothouse.repo}, by default two levels above the test bundle). */
    public static final Path REPO = Path.of(System.getProperty("pilothouse.repo", "../.."));

    /** A recorded finding: the rule code, the message, the class of the target and the JSON name of the field. */
    public record Finding(String code, String message, String target, String feature, Fix fix) {

        /** @return {@code CODE target.feature: message}, as tests compare findings */
        @Override
        public String toString() {
            return code + ' ' + target + (feature == null ? "" : '.' + feature) + ": " + message;
        }
    }

    /** Records every report. */
    public static final class RecordingReporter implements Reporter {

        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void report(Rule rule, String message, EObject target, EStructuralFeature feature, Fix fix) {
            findings.add(new Finding(rule.code(), message, target.eClass().getName(),
                    feature == null ? null : feature.getName(), fix));
        }

        public List<Finding> findings() {
            return findings;
        }
    }

    /** The resources of loaded inputs, in source order. */
    public record Manifests(List<EObject> resources) implements ManifestSet {

        @Override
        public <T extends EObject> List<T> resourcesOf(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        @Override
        public Optional<EObject> find(EClass kind, String namespace, String name) {
            return resources.stream().filter(resource -> resource.eClass() == kind
                    && Resources.name(resource).equals(name)
                    && (!Resources.namespaced(resource) || Resources.namespace(resource).equals(namespace)))
                    .findFirst();
        }
    }

    private static final KindRegistry REGISTRY = KindRegistry.builtIn();

    private CheckHarness() {}

    /** @return a loader of the generated model */
    public static ManifestLoader loader() {
        return new ManifestLoader(REGISTRY);
    }

    /** @return a fixture file, relative to {@code resources/validation} of the test bundle */
    public static Path fixture(String name) {
        return REPO.resolve("tests/io.pilothouse.model.tests/resources/validation").resolve(name);
    }

    /** @return the load results of the YAML files under a directory, in path order */
    public static List<LoadResult> loadTree(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(loader()::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the resources of load results */
    public static Manifests manifests(List<LoadResult> results) {
        return new Manifests(results.stream().flatMap(result -> result.objects().stream()).toList());
    }

    /** @return the findings of set checks and resource checks over the resources */
    public static List<Finding> run(Manifests manifests, List<SetCheck> setChecks, List<ResourceCheck> checks) {
        RecordingReporter reporter = new RecordingReporter();
        setChecks.forEach(check -> check.check(manifests, reporter));
        for (EObject resource : manifests.resources()) {
            checks.forEach(check -> check.check(resource, reporter));
        }
        return reporter.findings();
    }

    /** @return the {@code # expect: } lines at the head of a fixture, without the prefix */
    public static List<String> expected(Path fixture) {
        try {
            return Files.readAllLines(fixture).stream().takeWhile(line -> line.startsWith("#"))
                    .filter(line -> line.startsWith("# expect: ")).map(line -> line.substring(10)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a finding as fixtures state it: {@code CODE Target.feature: message [fix: title]} */
    public static String describe(Finding finding) {
        return finding + (finding.fix() == null ? "" : " [fix: " + finding.fix().title() + ']');
    }

}
