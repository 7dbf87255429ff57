package io.pilothouse.ui.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.ui.manifest.ProjectReferences.Reference;
import io.pilothouse.ui.manifest.ProjectReferences.ResourceName;

/**
 * Find References and Rename across a project's manifests: a ConfigMap named in a Pod's envFrom and env, and a label
 * of the Pod whose value is the same name but no reference.
 */
class ProjectReferencesTest {

    private static final URI CONFIG = URI.createPlatformResourceURI("/shop/config.yaml", true);
    private static final URI POD = URI.createPlatformResourceURI("/shop/apps/pod.yaml", true);
    private static final String CONFIG_TEXT = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: shop
            data:
              mode: fast
            """;
    private static final String POD_TEXT = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: shop
              labels:
                config: settings
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  envFrom:
                    - configMapRef:
                        name: settings
                  env:
                    - name: MODE
                      valueFrom:
                        configMapKeyRef:
                          name: settings
                          key: mode
            """;

    private final ManifestProject project = ManifestProject.create();

    @BeforeEach
    void loadTheProject() {
        project.put(CONFIG, CONFIG_TEXT);
        project.put(POD, POD_TEXT);
    }

    @ParameterizedTest(name = "from {0} at \"{1}\"")
    @CsvSource(textBlock = """
            config.yaml, 'name: sett'
            config.yaml, 'kind: Con'
            pod.yaml,    'configMapRef:\\n            name: sett'
            pod.yaml,    'configMapKeyRef:\\n              name: sett'
            """)
    void theReferencesToTheConfigMapAreItsTwoReferencesByFileAndLine(String file, String before) {
        List<String> references = project.readAll(manifests -> ProjectReferences.references(manifests, uri(file),
                offset(file, before))).stream().map(Reference::label).toList();

        assertEquals(List.of("apps/pod.yaml:14  name: settings", "apps/pod.yaml:19  name: settings"), references);
    }

    @Test
    void aReferenceKnowsItsPlace() {
        Reference first = project.readAll(manifests -> ProjectReferences.references(manifests, CONFIG, 0)).get(0);

        int offset = POD_TEXT.indexOf("settings", POD_TEXT.indexOf("configMapRef"));
        assertEquals(new Reference(POD, offset, "settings".length(), 14, "name: settings"), first);
    }

    @ParameterizedTest(name = "{0} at \"{1}\": {2}")
    @CsvSource(textBlock = """
            config.yaml, 'name: sett',                           ConfigMap settings
            pod.yaml,    'configMapRef:\\n            name: sett', ConfigMap settings
            pod.yaml,    'metadata:\\n  name: w',                  Pod web
            pod.yaml,    'config: sett',                         ''
            config.yaml, 'mode: fa',                             ''
            """)
    void theResourceAtTheCursorIsTheOneNamedThere(String file, String before, String expected) {
        Optional<ResourceName> resource = project.read(uri(file),
                manifest -> ProjectReferences.resourceAt(manifest, offset(file, before))).orElseThrow();

        assertEquals(expected, resource.map(found -> found.kind() + " " + found.name()).orElse(""));
    }

    @Test
    void renamingChangesTheNameAndItsReferencesButNotALabelOfTheSameValue() throws Exception {
        int reference = offset("pod.yaml", "configMapKeyRef:\n              name: sett");

        List<FileChange> changes = project.readAll(
                manifests -> ProjectReferences.rename(manifests, POD, reference, "app-settings"));

        assertEquals(List.of(POD, CONFIG), changes.stream().map(FileChange::uri).toList());
        assertEquals(List.of(POD_TEXT, CONFIG_TEXT), changes.stream().map(FileChange::base).toList());
        assertEquals(POD_TEXT.replace("name: settings", "name: app-settings"), applied(changes.get(0)));
        assertEquals(CONFIG_TEXT.replace("name: settings", "name: app-settings"), applied(changes.get(1)));
    }

    @Test
    void renamingWhereNoResourceIsNamedChangesNothing() {
        int label = offset("pod.yaml", "config: sett");

        assertEquals(List.of(), project.readAll(manifests -> ProjectReferences.rename(manifests, POD, label, "x")));
    }

    private static String applied(FileChange change) throws Exception {
        Document document = new Document(change.base());
        TextEdits.replace(document, change.replacements());
        return document.get();
    }

    private static URI uri(String file) {
        return file.equals("config.yaml") ? CONFIG : POD;
    }

    /** The offset right after {@code before} (with {@code \n} for a line break) in {@code file}. */
    private static int offset(String file, String before) {
        String prefix = before.replace("\\n", "\n");
        String text = file.equals("config.yaml") ? CONFIG_TEXT : POD_TEXT;
        int found = text.indexOf(prefix);
        if (found < 0) {
            throw new IllegalArgumentException(before + " is not in " + file);
        }
        return found + prefix.length();
    }
}
