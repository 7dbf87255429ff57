package io.pilothouse.runtime.kuttl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.io.ManifestWriter;
import io.pilothouse.model.io.UnknownFields;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.runtime.api.ApiException;
import io.pilothouse.runtime.api.KindInfo;
import io.pilothouse.runtime.preview.PreviewCluster;

/**
 * The asserts and errors of a step checked against the objects of a cluster. An expectation names its kind and
 * optionally its namespace (the test's namespace, {@value #TEST_NAMESPACE}, when absent) and name; without a name,
 * any object of the kind in the namespace may match.
 */
final class Expectations {

    /** The namespace of objects that name none. */
    static final String TEST_NAMESPACE = "default";

    private final PreviewCluster cluster;
    private final KindRegistry registry = KindRegistry.builtIn();

    /** An object of the cluster as a tree, with the diff of an expectation against it. */
    private record Candidate(String displayName, List<String> diff) {}

    Expectations(PreviewCluster cluster) {
        this.cluster = cluster;
    }

    /** The class of a built-in kind, {@code null} when there is none. */
    EClass kind(String apiVersion, String kind) {
        return registry.find(apiVersion, kind);
    }

    /** Whether every assert matches an object and no errors object matches one. */
    boolean hold(TestStep step) {
        return step.asserts().stream().allMatch(expectation -> matching(expectation).isPresent())
                && step.errors().stream().noneMatch(expectation -> matching(expectation).isPresent());
    }

    /** Why the step's expectations do not hold, one text per failed assert or error; empty when they hold. */
    List<String> failures(TestStep step, Duration elapsed) {
        String after = " after " + elapsed.toSeconds() + "s";
        List<String> failures = new ArrayList<>();
        for (Expectation expectation : step.asserts()) {
            if (matching(expectation).isEmpty()) {
                failures.add(assertFailure(expectation, after));
            }
        }
        for (Expectation expectation : step.errors()) {
            matching(expectation).ifPresent(candidate -> failures.add("errors " + expectation.file() + ": "
                    + kindOf(expectation) + " " + candidate.displayName() + " exists" + after));
        }
        return failures;
    }

    private String assertFailure(Expectation expectation, String after) {
        String prefix = "assert " + expectation.file() + ": ";
        EClass kind = kindClass(expectation);
        if (kind == null) {
            return prefix + "no built-in kind " + TestFiles.string(expectation.object(), "apiVersion") + " "
                    + kindOf(expectation);
        }
        String name = metadata(expectation.object(), "name");
        String namespace = namespace(kind, expectation);
        String where = namespace == null ? "" : " in " + namespace;
        List<Candidate> candidates = candidates(expectation, kind);
        Optional<Candidate> named = candidates.stream().filter(candidate -> isNamed(candidate, namespace, name))
                .findFirst();
        if (named.isPresent()) {
            List<String> diff = named.get().diff();
            int count = PartialMatch.differences(diff);
            return prefix + kindOf(expectation) + " " + named.get().displayName() + ": " + count
                    + (count == 1 ? " field differs" : " fields differ") + after + "\n" + diffText(diff);
        }
        String missing = prefix + (name == null
                ? "no " + kindOf(expectation) + where + " matches"
                : kindOf(expectation) + " " + displayName(namespace, name) + " not found") + after;
        Optional<Candidate> closest = candidates.stream()
                .min(Comparator.comparingInt(candidate -> PartialMatch.differences(candidate.diff())));
        return closest.map(candidate -> missing + "; closest: " + kindOf(expectation) + " "
                + candidate.displayName() + "\n" + diffText(candidate.diff())).orElse(missing);
    }

    private Optional<Candidate> matching(Expectation expectation) {
        EClass kind = kindClass(expectation);
        if (kind == null) {
            return Optional.empty();
        }
        String name = metadata(expectation.object(), "name");
        String namespace = namespace(kind, expectation);
        return candidates(expectation, kind).stream()
                .filter(candidate -> name == null || isNamed(candidate, namespace, name))
                .filter(candidate -> candidate.diff().isEmpty()).findFirst();
    }

    /** Every object of the expectation's kind in its namespace, the named one first, diffed against it. */
    private List<Candidate> candidates(Expectation expectation, EClass kind) {
        String namespace = namespace(kind, expectation);
        String name = metadata(expectation.object(), "name");
        List<EObject> objects = new ArrayList<>();
        if (name != null) {
            try {
                objects.add(cluster.get(kind, namespace, name));
            } catch (ApiException e) {
                objects.addAll(cluster.list(kind, namespace));
            }
        } else {
            objects.addAll(cluster.list(kind, namespace));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (EObject object : objects) {
            var meta = KindInfo.of(kind).metadata(object);
            candidates.add(new Candidate(displayName(meta.getNamespace(), meta.getName()),
                    PartialMatch.diff(expectation.object(), tree(object))));
        }
        return candidates;
    }

    private YamlMapping tree(EObject object) {
        String yaml = new ManifestWriter(registry).toYaml(List.of(object), new UnknownFields());
        LoadResult result = new ManifestLoader(registry).loadText(yaml, "cluster");
        return (YamlMapping) result.documents().get(0).root();
    }

    private EClass kindClass(Expectation expectation) {
        return kind(TestFiles.string(expectation.object(), "apiVersion"), kindOf(expectation));
    }

    private static String kindOf(Expectation expectation) {
        return TestFiles.string(expectation.object(), "kind");
    }

    private static String namespace(EClass kind, Expectation expectation) {
        if (!KindInfo.of(kind).namespaced()) {
            return null;
        }
        String namespace = metadata(expectation.object(), "namespace");
        return namespace == null ? TEST_NAMESPACE : namespace;
    }

    private static String metadata(YamlMapping object, String key) {
        String value = object.get("metadata") instanceof YamlMapping metadata ? TestFiles.string(metadata, key) : "";
        return value.isEmpty() ? null : value;
    }

    private static boolean isNamed(Candidate candidate, String namespace, String name) {
        return candidate.displayName().equals(displayName(namespace, name));
    }

    private static String displayName(String namespace, String name) {
        return namespace == null ? name : namespace + "/" + name;
    }

    private static String diffText(List<String> diff) {
        return "--- expected\n+++ actual\n" + String.join("\n", diff);
    }
}
