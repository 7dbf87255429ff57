package io.pilothouse.model.validation.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.pilothouse.model.io.KindRegistry;
import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.io.ManifestLoader;
import io.pilothouse.model.k8s.core.v1.Container;
import io.pilothouse.model.k8s.core.v1.CoreV1Factory;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.model.k8s.core.v1.Service;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationOptions;
import io.pilothouse.model.validation.Validator;

class FixEditsTest {

    private static final KindRegistry REGISTRY = KindRegistry.builtIn();
    private static final Validator VALIDATOR = new Validator(ValidationOptions.DEFAULTS);
    private static final List<String> FILES = List.of("pod.yaml", "pod-flow.yaml", "pod.json");

    /** Each fixable diagnostic: its code and which of the diagnostics with that code (in report order). */
    static Stream<Arguments> fixes() {
        List<Arguments> cases = new ArrayList<>();
        Object[][] table = {
                {"LINT-HOST-NETWORK", 0}, {"LINT-HOST-PID", 0}, {"LINT-HOST-IPC", 0},
                {"LINT-DEPRECATED-SERVICE-ACCOUNT-FIELD", 0}, {"LINT-DEFAULT-SERVICE-ACCOUNT", 0},
                {"LINT-PULL-ALWAYS-DIGEST", 0}, {"LINT-HOST-PORT", 0}, {"LINT-HOST-PORT", 1},
                {"LINT-RUN-AS-NON-ROOT", 0}, {"LINT-RUN-AS-NON-ROOT", 1},
                {"LINT-DROP-ALL-CAPABILITIES", 0}, {"LINT-DROP-ALL-CAPABILITIES", 1},
                {"LINT-CRONJOB-CONCURRENCY", 0}, {"K8S-DEPRECATED-001", 0},
        };
        for (String file : FILES) {
            for (Object[] row : table) {
                cases.add(Arguments.of(file, row[0], row[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{2}")
    @MethodSource("fixes")
    void appliedFixRemovesTheDiagnosticAndKeepsTheRest(String file, String code, int occurrence) {
        String text = fixture(file);
        LoadResult loaded = load(text, file);
        List<ValidationDiagnostic> before = withCode(loaded, code);
        ValidationDiagnostic diagnostic = before.get(occurrence);

        List<SourceEdit> edits = new FixEdits(REGISTRY, loaded, text).edits(diagnostic.fix());
        String fixed = SourceEdit.apply(text, edits);

        assertFalse(edits.isEmpty(), "no edits for " + diagnostic.fix());
        LoadResult reloaded = load(fixed, file);
        assertEquals(List.of(), added(loaded, reloaded), fixed);
        assertEquals(before.size() - 1, withCode(reloaded, code).size(), fixed);
        assertOnlyEditedLinesChanged(text, edits, fixed);
    }

    @Test
    void newSecurityContextIsWrittenAsANestedBlock() {
        String text = fixture("pod.yaml");
        String fixed = fix(text, "pod.yaml", "LINT-RUN-AS-NON-ROOT", 0);

        assertTrue(fixed.contains("""
                    - hostPort: 8080
                      containerPort: 80
                    securityContext:
                      runAsNonRoot: true
                  - name: sidecar
                """), fixed);
    }

    @Test
    void replacedListIsWrittenInKubectlStyle() {
        String fixed = fix(fixture("pod.yaml"), "pod.yaml", "LINT-DROP-ALL-CAPABILITIES", 1);

        assertTrue(fixed.contains("""
                        drop:
                        - NET_RAW
                        - ALL
                    ports:
                """), fixed);
    }

    @Test
    void firstKeyOfASequenceItemIsRemovedWithoutItsDash() {
        String fixed = fix(fixture("pod.yaml"), "pod.yaml", "LINT-HOST-PORT", 0);

        assertTrue(fixed.contains("    ports:\n    - containerPort: 80\n  - name: sidecar"), fixed);
    }

    @Test
    void flowAndJsonGetEntriesInTheirOwnStyle() {
        assertTrue(fix(fixture("pod-flow.yaml"), "pod-flow.yaml", "LINT-CRONJOB-CONCURRENCY", 0)
                .contains("containers: []}}}}, concurrencyPolicy: \"Forbid\"}"));
        assertTrue(fix(fixture("pod.json"), "pod.json", "LINT-CRONJOB-CONCURRENCY", 0).contains("""
                        "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "Never", "containers": []}}}},
                        "concurrencyPolicy": "Forbid"
                    }
                """));
    }

    @Test
    void aliasedOwnerGetsNoEdits() {
        String text = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: a}
                  spec: &spec
                    hostNetwork: true
                    containers: []
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: b}
                  spec: *spec
                """;
        LoadResult loaded = load(text, "list.yaml");
        ValidationDiagnostic diagnostic = withCode(loaded, "LINT-HOST-NETWORK").get(0);

        assertEquals(List.of(), new FixEdits(REGISTRY, loaded, text).edits(diagnostic.fix()));
    }

    @Test
    void addedResourceIsANewDocumentAfterItsOwner() {
        String text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\n";
        LoadResult loaded = load(text, "add.yaml");
        Pod pod = (Pod) loaded.objects().get(0);
        Service service = CoreV1Factory.eINSTANCE.createService();
        service.setMetadata(io.pilothouse.model.k8s.meta.v1.MetaV1Factory.eINSTANCE.createObjectMeta());
        service.getMetadata().setName("web");

        List<SourceEdit> edits = new FixEdits(REGISTRY, loaded, text)
                .edits(new Fix.AddResource("Add a Service", pod, service));

        assertEquals("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Service\n"
                + "metadata:\n  name: web\n---\napiVersion: v1\nkind: Pod\n", SourceEdit.apply(text, edits));
        assertEquals(5, edits.get(0).range().line());
    }

    @Test
    void unsetOfAnAbsentFieldGivesNoEdits() {
        String text = fixture("pod.yaml");
        LoadResult loaded = load(text, "pod.yaml");
        Container container = ((Pod) loaded.objects().get(0)).getSpec().getContainers().get(1);

        assertEquals(List.of(), new FixEdits(REGISTRY, loaded, text)
                .edits(new Fix.Unset("Remove", container, CoreV1Package.Literals.CONTAINER__IMAGE_PULL_POLICY)));
    }

    private static String fix(String text, String file, String code, int occurrence) {
        LoadResult loaded = load(text, file);
        Fix fix = withCode(loaded, code).get(occurrence).fix();
        return SourceEdit.apply(text, new FixEdits(REGISTRY, loaded, text).edits(fix));
    }

    /** Every line before the first edited line and after the last edited line is unchanged. */
    private static void assertOnlyEditedLinesChanged(String text, List<SourceEdit> edits, String fixed) {
        SourceLines lines = new SourceLines("", text);
        int start = edits.stream().mapToInt(edit -> edit.range().offset()).min().orElseThrow();
        int end = edits.stream().mapToInt(edit -> edit.range().endOffset()).max().orElseThrow();
        String before = text.substring(0, lines.lineStart(start));
        String after = text.substring(lines.nextLineStart(end));
        assertTrue(fixed.startsWith(before), fixed);
        assertTrue(fixed.endsWith(after), fixed);
    }

    /** @return the load diagnostics (code and message) of {@code after} that {@code before} does not have */
    private static List<String> added(LoadResult before, LoadResult after) {
        List<String> old = new ArrayList<>(before.diagnostics().stream().map(d -> d.code() + d.message()).toList());
        return after.diagnostics().stream().map(d -> d.code() + d.message()).filter(d -> !old.remove(d)).toList();
    }

    private static List<ValidationDiagnostic> withCode(LoadResult loaded, String code) {
        return VALIDATOR.validate(List.of(loaded)).diagnostics().stream()
                .filter(diagnostic -> diagnostic.code().equals(code)).toList();
    }

    private static LoadResult load(String text, String file) {
        return new ManifestLoader(REGISTRY).loadText(text, file);
    }

    private static String fixture(String name) {
        try (InputStream in = FixEditsTest.class.getResourceAsStream("/validation/fix/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
