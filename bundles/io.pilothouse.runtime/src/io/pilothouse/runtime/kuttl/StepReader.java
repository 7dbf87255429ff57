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

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.runtime.scheduler.profile.SchedulerConfiguration;

/**
 * Reads the steps of a test case directory. A step file is named {@code NN-name.yaml}; the files with the same
 * number form one step. {@code NN-assert*.yaml} holds asserts, {@code NN-errors*.yaml} errors, any other file
 * objects to apply and optionally a {@code TestStep} with {@code delete}, {@code commands} and {@code timeout}. A
 * {@code KubeSchedulerConfiguration} among the files to apply is not applied: it configures the scheduler.
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
        List<Command> commands = new ArrayList<>();
        List<EObject> apply = new ArrayList<>();
        List<LoadResult> applied = new ArrayList<>();
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
            LoadResult loaded = TestFiles.load(file);
            if (!isAssert && !isErrors) {
                applied.add(loaded);
            }
            for (YamlMapping document : TestFiles.documents(loaded, file)) {
                if (TestFiles.isKuttl(document, "TestStep") || TestFiles.isKuttl(document, "TestAssert")) {
                    timeout = TestFiles.seconds(document.get("timeout"), file, timeout);
                    deletes.addAll(references(document.get("delete"), file));
                    if (TestFiles.isKuttl(document, "TestStep")) {
                        commands.addAll(commands(document.get("commands"), file));
                    }
                } else if (isAssert) {
                    asserts.add(new Expectation(fileName, document));
                } else if (isErrors) {
                    errors.add(new Expectation(fileName, document));
                } else if (!SchedulerConfiguration.isConfiguration(document)) {
                    apply.add(TestFiles.object(document, file));
                }
            }
        }
        if (name == null) {
            String first = files.get(0).getFileName().toString();
            name = first.substring(0, first.indexOf('.'));
        }
        return new TestStep(name, deletes, commands, apply, asserts, errors, timeout,
                SchedulerProfiles.find(applied));
    }

    private static List<Command> commands(YamlNode node, Path file) throws IOException {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlSequence sequence)) {
            throw new IOException(file + ": commands is not a list");
        }
        List<Command> commands = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlMapping command)) {
                throw new IOException(file + ": commands holds " + PartialMatch.flow(item) + ", not a command");
            }
            String line = blankToNull(TestFiles.string(command, "command"));
            String script = blankToNull(TestFiles.string(command, "script"));
            if (line == null && script == null) {
                throw new IOException(file + ": a command sets neither command nor script");
            }
            Duration timeout = TestFiles.seconds(command.get("timeout"), file, Duration.ZERO);
            commands.add(new Command(line, script, flag(command, "namespaced", file),
                    flag(command, "ignoreFailure", file), flag(command, "background", file),
                    Math.toIntExact(timeout.toSeconds()), flag(command, "skipLogOutput", file),
                    blankToNull(TestFiles.string(command, "expectedOutput"))));
        }
        return commands;
    }

    private static boolean flag(YamlMapping mapping, String key, Path file) throws IOException {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return false;
        }
        if (!(node instanceof YamlScalar scalar) || scalar.kind() != YamlScalar.Kind.BOOL) {
            throw new IOException(file + ": " + key + " " + PartialMatch.flow(node) + " is not true or false");
        }
        return Boolean.parseBoolean(scalar.text());
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
