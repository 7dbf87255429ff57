package io.pilothouse.runtime.kuttl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlSequence;

/**
 * Reads the steps of a test case directory. A step file is named {@code NN-name.yaml}; the files with the same
 * number form one step. {@code NN-assert*.yaml} holds asserts, {@code NN-errors*.yaml} errors, any other file
 * objects to apply and optionally a {@code TestStep} with {@code delete} and {@code timeout}.
 */
final class StepReader {

    private static final Pattern STEP_FILE = Pattern.compile("(\\d+)-([^.]+)\\.ya?ml");

    private StepReader() {}

    static List<TestStep> read(Path caseDir) throws IOException {
        Map<Integer, List<Path>> filesByNumber = new TreeMap<>();
        try (Stream<Path> list = Files.list(caseDir)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                Matcher matcher = STEP_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    filesByNumber.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new ArrayList<>())
                            .add(file);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<TestStep> steps = new ArrayList<>();
        for (List<Path> files : filesByNumber.values()) {
            steps.add(step(files));
        }
        return steps;
    }

    private static TestStep step(List<Path> files) throws IOException {
        String name = null;
        List<ObjectReference> deletes = new ArrayList<>();
        List<EObject> apply = new ArrayList<>();
        List<Expectation> asserts = new ArrayList<>();
        List<Expectation> errors = new ArrayList<>();
        Duration timeout = null;
        for (Path file : files) {
            Matcher matcher = STEP_FILE.matcher(file.getFileName().toString());
            matcher.matches();
            String part = matcher.group(2);
            String fileName = file.getFileName().toString();
            boolean isAssert = part.startsWith("assert");
            boolean isErrors = part.startsWith("errors");
            if (name == null && !isAssert && !isErrors) {
                name = matcher.group(1) + "-" + part;
            }
            for (YamlMapping document : TestFiles.documents(file)) {
                if (TestFiles.isKuttl(document, "TestStep") || TestFiles.isKuttl(document, "TestAssert")) {
                    timeout = TestFiles.seconds(document.get("timeout"), file, timeout);
                    deletes.addAll(references(document.get("delete"), file));
                } else if (isAssert) {
                    asserts.add(new Expectation(fileName, document));
                } else if (isErrors) {
                    errors.add(new Expectation(fileName, document));
                } else {
                    apply.add(TestFiles.object(document, file));
                }
            }
        }
        if (name == null) {
            String first = files.get(0).getFileName().toString();
            name = first.substring(0, first.indexOf('.'));
        }
        return new TestStep(name, deletes, apply, asserts, errors, timeout);
    }

    private static List<ObjectReference> references(YamlNode node, Path file) throws IOException {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlSequence sequence)) {
            throw new IOException(file + ": delete is not a list");
        }
        List<ObjectReference> references = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlMapping reference) || TestFiles.string(reference, "kind").isEmpty()) {
                throw new IOException(file + ": delete holds " + PartialMatch.flow(item) + ", not an object reference");
            }
            references.add(new ObjectReference(TestFiles.string(reference, "apiVersion"),
                    TestFiles.string(reference, "kind"), blankToNull(TestFiles.string(reference, "namespace")),
                    blankToNull(TestFiles.string(reference, "name"))));
        }
        return references;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
